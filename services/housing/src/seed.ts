export async function seedHousing() {}
