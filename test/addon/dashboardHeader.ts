// The English dashboard's header row, word for word as a user reads it (the catalogue's
// dashboard.* texts, written out so a changed word fails the tests that read it).
export const ENGLISH_DASHBOARD_HEADER = [
  'Column',
  'Sheet',
  'Role',
  'Latest value',
  'Series',
  'Health',
  'Trend',
  'Progress',
  'Pace',
  'Isolation',
  'Last changed',
  'Stale',
];
