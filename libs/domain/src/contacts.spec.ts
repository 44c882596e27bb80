import { CONTACT_KINDS, finderRank, inferContactKind, normalizeLinkedInUrl, suggestedAction } from './contacts.js';

describe('normalizeLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/maya-okafor-00a1', 'https://www.linkedin.com/in/maya-okafor-00a1'],
    ['https://www.linkedin.com/in/Maya-Okafor-00a1/', 'https://www.linkedin.com/in/maya-okafor-00a1'],
    ['http://www.linkedin.com/in/maya?trk=abc#x', 'https://www.linkedin.com/in/maya'],
    ['  www.linkedin.com/in/maya//  ', 'https://www.linkedin.com/in/maya'],
    ['https://WWW.LINKEDIN.COM/in/%C3%A9lise', 'https://www.linkedin.com/in/élise'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLinkedInUrl(input)).toBe(expected);
  });

  it.each(['', '   ', 'javascript:alert(1)', 'ftp://linkedin.com/in/x', 'not a url', 'https://localhost/x'])('rejects %j', (input) => {
    expect(normalizeLinkedInUrl(input)).toBeNull();
  });
});

describe('inferContactKind', () => {
  it.each([
    ['Technical Recruiter', 'recruiter'],
    ['Talent Acquisition Partner', 'recruiter'],
    ['Recruiting Coordinator', 'recruiter'],
    ['Engineering Manager', 'hiring_manager'],
    ['Head of ML', 'hiring_manager'],
    ['Senior Software Engineer, ML', 'engineer'],
    ['Research Scientist', 'engineer'],
    ['Product Designer', 'other'],
    ['', 'other'],
    [null, 'other'],
  ] as const)('%j → %s', (title, kind) => {
    expect(inferContactKind(title)).toBe(kind);
  });
});

describe('finder ranking', () => {
  it('puts recruiters and engineers first, then hiring managers, then the rest', () => {
    const ranked = [...CONTACT_KINDS].sort((a, b) => finderRank(a) - finderRank(b));
    expect(ranked.slice(0, 2).sort()).toEqual(['engineer', 'recruiter']);
    expect(ranked[2]).toBe('hiring_manager');
  });

  it('suggests messaging recruiters and asking everyone else for a referral', () => {
    expect(suggestedAction('recruiter')).toBe('message_recruiter');
    expect(suggestedAction('engineer')).toBe('ask_referral');
    expect(suggestedAction('hiring_manager')).toBe('ask_referral');
  });
});
