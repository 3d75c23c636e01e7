// Date.parse accepts what V8 accepts: the ES format and the legacy formats
// real code meets (HTTP dates, Date.prototype.toString output, month names,
// slashed dates), with zone words and offsets, or local time without a zone.
// Expected values come from Date.UTC (zoned) and the local Date constructor
// (no zone), so the test holds in any TZ; it passes under node, and was run
// with TZ=UTC, Europe/Berlin, America/New_York and Asia/Kolkata.
var assert = require('assert');

function utc(y, mo, d, h, mi, s, ms) { return Date.UTC(y, mo - 1, d, h || 0, mi || 0, s || 0, ms || 0); }
function local(y, mo, d, h, mi, s, ms) { return new Date(y, mo - 1, d, h || 0, mi || 0, s || 0, ms || 0).getTime(); }
var HOUR = 3600000;

var cases = [
  // ES Date Time String Format: date-only forms are UTC, date-time forms local.
  ['2022', utc(2022, 1, 1)],
  ['2022-03', utc(2022, 3, 1)],
  ['2022-03-01', utc(2022, 3, 1)],
  ['2022-03-01T10:00', local(2022, 3, 1, 10)],
  ['2022-03-01T10:00:00', local(2022, 3, 1, 10)],
  ['2022-03-01T10:00:00.5', local(2022, 3, 1, 10, 0, 0, 500)],
  ['2022-03-01T10:00:00Z', utc(2022, 3, 1, 10)],
  ['2022-03-01T10:00:00.123456Z', utc(2022, 3, 1, 10, 0, 0, 123)],
  ['2022-03-01t10:00:00z', utc(2022, 3, 1, 10)],
  ['2022-03-01T10:00:00+01:00', utc(2022, 3, 1, 9)],
  ['2022-03-01T10:00:00+0100', utc(2022, 3, 1, 9)],
  ['2022-03-01T24:00:00Z', utc(2022, 3, 2)],
  ['+002022-03-01', utc(2022, 3, 1)],
  ['1970-01-01T00:00:00.000+00:00', 0],
  ['2022-02-30', utc(2022, 3, 2)],
  // ISO-like strings V8 reads as local time (legacy rules).
  ['2022-03-01 10:00:00', local(2022, 3, 1, 10)],
  ['2022-03-01 10:00', local(2022, 3, 1, 10)],
  ['2022-3-1', local(2022, 3, 1)],
  ['2022-03-01 GMT', utc(2022, 3, 1)],
  ['2022-03-01Z', utc(2022, 3, 1)],
  // RFC 1123 (toUTCString, HTTP), RFC 850, asctime.
  ['Tue, 01 Mar 2022 10:00:00 GMT', utc(2022, 3, 1, 10)],
  ['Sun, 06 Nov 1994 08:49:37 GMT', utc(1994, 11, 6, 8, 49, 37)],
  ['Tue, 01 Mar 2022 10:00:00 +0100', utc(2022, 3, 1, 9)],
  ['Tuesday, 01-Mar-22 10:00:00 GMT', utc(2022, 3, 1, 10)],
  ['Sunday, 06-Nov-94 08:49:37 GMT', utc(1994, 11, 6, 8, 49, 37)],
  ['Tue Mar  1 10:00:00 2022', local(2022, 3, 1, 10)],
  ['Sun Nov  6 08:49:37 1994', local(1994, 11, 6, 8, 49, 37)],
  // Date.prototype.toString output and its relatives.
  ['Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)', utc(2022, 3, 1, 9)],
  ['Tue Mar 01 2022 10:00:00 GMT-0500 (Eastern Standard Time)', utc(2022, 3, 1, 15)],
  ['Tue Mar 01 2022 10:00:00 GMT', utc(2022, 3, 1, 10)],
  ['Tue Mar 01 2022 10:00:00 GMT+01:30', utc(2022, 3, 1, 8, 30)],
  ['Tue Mar 01 2022 10:00:00 GMT-8', utc(2022, 3, 1, 18)],
  ['Tue Mar 01 2022 10:00:00', local(2022, 3, 1, 10)],
  ['01 Mar 2022 10:00 (a comment (nested)) GMT', utc(2022, 3, 1, 10)],
  // Month names, day first or month first, years of two digits.
  ['Mar 1, 2022', local(2022, 3, 1)],
  ['March 1, 2022 10:00:00', local(2022, 3, 1, 10)],
  ['March 1, 2022 10:00:00.25', local(2022, 3, 1, 10, 0, 0, 250)],
  ['1 March 2022', local(2022, 3, 1)],
  ['2022 Mar 1', local(2022, 3, 1)],
  ['Mar 2022', local(2022, 3, 1)],
  ['Mar 1 99', local(1999, 3, 1)],
  ['Mar 1', local(2001, 3, 1)],
  ['Feb 31 2022', local(2022, 3, 3)],
  // Slashed dates: month/day/year, or year/month/day.
  ['2022/03/01', local(2022, 3, 1)],
  ['2022/03/01 10:00:00', local(2022, 3, 1, 10)],
  ['3/1/2022', local(2022, 3, 1)],
  ['1/2/3', local(2003, 1, 2)],
  ['12', local(2001, 12, 1)],
  // AM/PM and the 24th hour.
  ['2022/3/1 10:00 PM', local(2022, 3, 1, 22)],
  ['2022/3/1 12:00 AM', local(2022, 3, 1, 0)],
  ['2022/3/1 12:30 pm', local(2022, 3, 1, 12, 30)],
  ['Mar 1, 2022 24:00', local(2022, 3, 2)],
  // Zone words.
  ['Mar 1 2022 10:00 Z', utc(2022, 3, 1, 10)],
  ['Mar 1 2022 10:00Z', utc(2022, 3, 1, 10)],
  ['Mar 1 2022 10:00 UTC', utc(2022, 3, 1, 10)],
  ['Mar 1 2022 10:00 UT', utc(2022, 3, 1, 10)],
  ['Mar 1 2022 UTC', utc(2022, 3, 1)],
  ['Mar 1 2022 10:00 EST', utc(2022, 3, 1, 10) + 5 * HOUR],
  ['Mar 1 2022 10:00 EDT', utc(2022, 3, 1, 10) + 4 * HOUR],
  ['Mar 1 2022 10:00 CST', utc(2022, 3, 1, 10) + 6 * HOUR],
  ['Mar 1 2022 10:00 CDT', utc(2022, 3, 1, 10) + 5 * HOUR],
  ['Mar 1 2022 10:00 MST', utc(2022, 3, 1, 10) + 7 * HOUR],
  ['Mar 1 2022 10:00 MDT', utc(2022, 3, 1, 10) + 6 * HOUR],
  ['Mar 1 2022 10:00 PST', utc(2022, 3, 1, 10) + 8 * HOUR],
  ['Jul 4 2022 12:00 PDT', utc(2022, 7, 4, 12) + 7 * HOUR],
  ['Mar 1 2022 10:00 +01:00', utc(2022, 3, 1, 9)],
  ['Mar 1 2022 10:00 -0130', utc(2022, 3, 1, 11, 30)]
];

var invalid = [
  '', 'hello', 'foo 1 2022', 'Tue 1 Mar 2022 foo', 'Mar 1, 2022 25:00', 'Mar 32 2022',
  '2022/13/01', '13/1/2022', 'Mar 1 2022 -0500', '2022-03-01T10', '20220301',
  '2022-03-01T10:00:60Z', '2022-03-01T10:00:00 GMT', '2022-03-01T25:00Z', 'Mar 1 2022 10:00 +01:00 foo',
  '+275760-09-13T00:00:00.001Z'
];

var failures = [];
cases.forEach(function (c) {
  var got = Date.parse(c[0]);
  if (got !== c[1]) failures.push(JSON.stringify(c[0]) + ': got ' + got + ', want ' + c[1]);
  var viaCtor = new Date(c[0]).getTime();
  if (viaCtor !== c[1]) failures.push('new Date(' + JSON.stringify(c[0]) + '): got ' + viaCtor);
});
invalid.forEach(function (s) {
  var got = Date.parse(s);
  if (got === got) failures.push(JSON.stringify(s) + ': got ' + got + ', want NaN');
});
assert.deepStrictEqual(failures, []);

// Round trips of what Date itself prints.
var d = new Date(2022, 6, 4, 13, 14, 15);
assert.strictEqual(Date.parse(d.toISOString()), d.getTime());
assert.strictEqual(Date.parse(d.toUTCString()), Math.floor(d.getTime() / 1000) * 1000);
assert.strictEqual(Date.parse(d.toString()), d.getTime());
