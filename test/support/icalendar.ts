import ICAL from 'ical.js';

/** A VEVENT as an independent iCalendar parser (ical.js) reads it. */
export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string[];
  status: string;
  /** DTSTART's TZID parameter, or `UTC` for a start written in UTC (`…Z`). */
  tzid: string;
  /** DTSTART and DTEND converted to UTC through the file's own VTIMEZONE, as ISO strings. */
  startUtc: string;
  endUtc: string;
  dtstamp: string;
  x: Record<string, string>;
}

export interface ParsedCalendar {
  timezones: string[];
  events: ParsedEvent[];
}

function utc(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

/** Parses an .ics text with ical.js, resolving TZIDs with the calendar's own VTIMEZONEs only. */
export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  const ids = timezones.map((component) => String(component.getFirstPropertyValue('tzid')));
  for (const component of timezones) ICAL.TimezoneService.register(component);
  try {
    const events = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const parameter = component.getFirstProperty('dtstart')?.getParameter('tzid');
      const tzid = parameter === undefined ? 'UTC' : String(parameter);
      // an unresolved TZID (or a floating time) would silently fall back to the machine's zone and make every check meaningless
      if (event.startDate.zone?.tzid !== tzid) throw new Error(`TZID ${tzid} is not defined by a VTIMEZONE in the file`);
      if (event.endDate.zone?.tzid !== tzid) throw new Error('DTEND is not written in the form of DTSTART');
      const x: Record<string, string> = {};
      for (const property of component.getAllProperties()) if (property.name.startsWith('x-')) x[property.name.toUpperCase()] = String(property.getFirstValue());
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        categories: component.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
        status: String(component.getFirstPropertyValue('status')),
        tzid,
        startUtc: utc(event.startDate),
        endUtc: utc(event.endDate),
        dtstamp: utc(component.getFirstPropertyValue('dtstamp') as ICAL.Time),
        x,
      };
    });
    return { timezones: ids, events };
  } finally {
    for (const id of ids) ICAL.TimezoneService.remove(id);
  }
}
