/** Field limits shared by the API's validation and the web forms. */
export const LIMITS = {
  passwordMin: 8,
  passwordMax: 128,
  emailMax: 254,
  nameMax: 120,
  companyNameMax: 200,
  roleTitleMax: 200,
  urlMax: 2048,
  locationMax: 200,
  notesMax: 20_000,
  resumeVersionMax: 100,
  searchMax: 200,
  salaryMax: 100_000_000,
  pageSizeMax: 200,
} as const;
