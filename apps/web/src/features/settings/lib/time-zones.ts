/**
 * Every IANA zone the browser knows, UTC first, plus `current` when the list lacks it (a zone
 * saved from another browser, or an alias), so that the select can always show the saved value.
 */
export function timeZoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const options = ['UTC', ...known.filter((zone) => zone !== 'UTC')];
  return options.includes(current) ? options : [current, ...options];
}

/** A zone for people: Africa/Addis_Ababa → Africa/Addis Ababa. */
export const timeZoneLabel = (zone: string) => zone.replace(/_/g, ' ');
