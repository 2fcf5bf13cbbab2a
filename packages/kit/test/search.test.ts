import { searchTerms } from '../src/search';

/* What the header's search sends to SQL for what was typed (expected values written by hand). */

const code = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;
const refused = (text: string, first?: number) => {
  try {
    searchTerms(text, first);
  } catch (error) {
    return code(error);
  }
  return 'accepted';
};

describe('searchTerms', () => {
  it('keeps the words as LIKE patterns, with LIKE’s own characters escaped', () => {
    // "  Hélène   Dupré " → trimmed and collapsed; each word in %…%; accents stay for SQL's unaccent.
    expect(searchTerms('  Hélène   Dupré ', undefined)).toEqual({
      text: 'Hélène Dupré',
      patterns: [['%Hélène%'], ['%Dupré%']],
      // No digit: no code (the letters a–z would be "hlnedupr").
      code: null,
      first: 10,
    });
    // 100% and a_b: % and _ are literal characters, not wildcards.
    expect(searchTerms('100% a_b', 5).patterns).toEqual([['%100\\%%'], ['%a\\_b%']]);
    // Under 3 characters, a word must begin a word of the column.
    expect(searchTerms('ma', 5).patterns).toEqual([['ma%', '% ma%']]);
  });

  it('reads a reference or a number as a code, whatever its separators', () => {
    expect(searchTerms('MEN-00012', 20).code).toBe('men00012');
    expect(searchTerms('men 00012', 20).code).toBe('men00012');
    expect(searchTerms('0762 6100 1554', 1).code).toBe('076261001554');
    // Without a digit, or shorter than 2: not a code.
    expect(searchTerms('MEN-', 20).code).toBeNull();
    expect(searchTerms('é 7', 20).code).toBeNull();
  });

  it('drops one-letter words when longer ones are typed, keeps them otherwise', () => {
    expect(searchTerms('martin h', 10).patterns).toEqual([['%martin%']]);
    expect(searchTerms('a b', 10).patterns).toEqual([
      ['a%', '% a%'],
      ['b%', '% b%'],
    ]);
  });

  it('refuses fewer than 2 characters, more than 100, and first outside 1–20', () => {
    expect(refused('h')).toBe('BAD_USER_INPUT');
    expect(refused('   h   ')).toBe('BAD_USER_INPUT');
    expect(refused('x'.repeat(101))).toBe('BAD_USER_INPUT');
    expect(refused('x'.repeat(100))).toBe('accepted');
    expect(refused('he', 0)).toBe('BAD_USER_INPUT');
    expect(refused('he', 21)).toBe('BAD_USER_INPUT');
    expect(refused('he', 2.5)).toBe('BAD_USER_INPUT');
    expect(refused('he', 20)).toBe('accepted');
  });
});
