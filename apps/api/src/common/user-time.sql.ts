/*
 * The user's time zone and local today as SQL expressions, so every query computes them the
 * same way: user_settings.time_zone, or UTC when the user has no settings row. `userParam` is
 * the placeholder holding the user id, e.g. '$1'.
 */

export const userTimeZoneSql = (userParam: string): string =>
  `COALESCE((SELECT s.time_zone FROM user_settings s WHERE s.user_id = ${userParam}), 'UTC')`;

export const userTodaySql = (userParam: string): string => `(now() AT TIME ZONE ${userTimeZoneSql(userParam)})::date`;
