import { companyDisplayName, normalizeCompanyName } from './companies.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['Stripe, Inc.', 'stripe'],
    ['Stripe', 'stripe'],
    [' stripe ', 'stripe'],
    ['STRIPE INC', 'stripe'],
    ['Google LLC', 'google'],
    ['Google L.L.C.', 'google'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Siemens AG', 'siemens'],
    ['Zalando SE', 'zalando'],
    ['Bosch GmbH', 'bosch'],
    ['Spotify AB', 'spotify'],
    ['Deliveroo Ltd.', 'deliveroo'],
    ['Arm Limited', 'arm'],
    ['Procter & Gamble Co.', 'procter and gamble'],
    ['Procter and Gamble Company', 'procter and gamble'],
    ['Foo Holdings, Inc., LLC', 'foo holdings'],
    ['Hugging   Face', 'hugging face'],
    ['O’Reilly Media', 'oreilly media'],
    ["O'Reilly Media", 'oreilly media'],
    ['Danone S.A.', 'danone'],
    ['字节跳动', '字节跳动'],
    ['Ｓｔｒｉｐｅ', 'stripe'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected);
  });

  it('keeps a suffix in the middle of a name', () => {
    expect(normalizeCompanyName('Inc Magazine')).toBe('inc magazine');
    expect(normalizeCompanyName('Coinbase')).toBe('coinbase');
  });

  it('keeps a name that is only a suffix', () => {
    expect(normalizeCompanyName('Co.')).toBe('co');
    expect(normalizeCompanyName('Inc')).toBe('inc');
  });

  it('answers empty for a name without letters or digits', () => {
    expect(normalizeCompanyName('  ,.  ')).toBe('');
    expect(normalizeCompanyName('')).toBe('');
  });
});

describe('companyDisplayName', () => {
  it('trims and collapses whitespace, keeping case and punctuation', () => {
    expect(companyDisplayName('  Stripe,   Inc. ')).toBe('Stripe, Inc.');
  });
});
