export default async function globalTeardown() {
  await globalThis.__ASH_TEST_DATABASE__?.stop();
}
