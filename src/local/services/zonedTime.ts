// Wall-clock parts of an instant in a time zone, and SimpleDateFormat-style formatting as
// Utilities.formatDate does it (yyyy MM dd HH mm ss EEE ...).
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  /** Offset from UTC in minutes (east positive). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  const z = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
    offsetMinutes: 0,
  };
  const asUtc = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second, z.millisecond);
  z.offsetMinutes = Math.round((asUtc - ms) / 60000);
  return z;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

function field(letter: string, count: number, z: ZonedParts): string {
  switch (letter) {
    case 'y':
      return count === 2 ? pad(z.year % 100, 2) : pad(z.year, count);
    case 'M':
      if (count >= 4) return MONTHS[z.month - 1];
      if (count === 3) return MONTHS[z.month - 1].slice(0, 3);
      return pad(z.month, count);
    case 'd':
      return pad(z.day, count);
    case 'H':
      return pad(z.hour, count);
    case 'h':
      return pad(z.hour % 12 === 0 ? 12 : z.hour % 12, count);
    case 'm':
      return pad(z.minute, count);
    case 's':
      return pad(z.second, count);
    case 'S':
      return pad(z.millisecond, 3).slice(0, Math.max(count, 3));
    case 'E':
      return count >= 4 ? WEEKDAY_NAMES[z.weekday] : WEEKDAYS[z.weekday];
    case 'u':
      return String(z.weekday === 0 ? 7 : z.weekday);
    case 'a':
      return z.hour < 12 ? 'AM' : 'PM';
    case 'Z':
      return offsetText(z.offsetMinutes, false);
    case 'X':
      return z.offsetMinutes === 0 ? 'Z' : offsetText(z.offsetMinutes, count >= 3);
    case 'z':
      return z.offsetMinutes === 0 ? 'UTC' : `GMT${offsetText(z.offsetMinutes, true)}`;
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** SimpleDateFormat subset: pattern letters above, 'quoted text' and '' for a quote. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const z = zonedParts(date.getTime(), timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? pattern.length : end);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      out += field(ch, j - i, z);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
