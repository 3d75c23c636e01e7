// Date.prototype.toString/toDateString/toTimeString/toUTCString print V8's
// formats (toUTCString is the HTTP date format). The zone name in
// parentheses differs: V8 prints ICU's long name, duv the C library's
// abbreviation, so only its presence is checked. Passes under node too, in
// any TZ (run with UTC, Europe/Berlin, America/New_York, Asia/Kolkata).
var assert = require('assert');

function pad(n, w) { n = String(n); while (n.length < (w || 2)) n = '0' + n; return n; }
function offsetText(d) {
  var off = -d.getTimezoneOffset();
  var sign = off < 0 ? '-' : '+';
  off = Math.abs(off);
  return 'GMT' + sign + pad(Math.floor(off / 60)) + pad(off % 60);
}

var d = new Date(2022, 2, 1, 10, 5, 7);
assert.strictEqual(d.toDateString(), 'Tue Mar 01 2022');
var time = d.toTimeString();
assert.strictEqual(time.slice(0, 9), '10:05:07 ');
assert.strictEqual(time.slice(9, 17), offsetText(d));
assert.ok(/^ \(.+\)$/.test(time.slice(17)), time);
assert.strictEqual(d.toString(), d.toDateString() + ' ' + d.toTimeString());
assert.strictEqual(String(d), d.toString());
assert.strictEqual('' + d, d.toString());

var u = new Date(Date.UTC(2022, 2, 1, 9, 5, 7));
assert.strictEqual(u.toUTCString(), 'Tue, 01 Mar 2022 09:05:07 GMT');
assert.strictEqual(new Date(Date.UTC(1994, 10, 6, 8, 49, 37)).toUTCString(), 'Sun, 06 Nov 1994 08:49:37 GMT');
assert.strictEqual(new Date(0).toUTCString(), 'Thu, 01 Jan 1970 00:00:00 GMT');
assert.strictEqual(new Date(-62198755200000).toUTCString(), 'Fri, 01 Jan -0001 00:00:00 GMT');
assert.strictEqual(new Date(8.64e15).toUTCString(), 'Sat, 13 Sep 275760 00:00:00 GMT');
assert.strictEqual(new Date(Date.UTC(12345, 0, 1)).toUTCString(), 'Mon, 01 Jan 12345 00:00:00 GMT');
assert.strictEqual(Date.prototype.toGMTString, Date.prototype.toUTCString);

var bad = new Date(NaN);
assert.strictEqual(bad.toString(), 'Invalid Date');
assert.strictEqual(bad.toDateString(), 'Invalid Date');
assert.strictEqual(bad.toTimeString(), 'Invalid Date');
assert.strictEqual(bad.toUTCString(), 'Invalid Date');
assert.throws(function () { Date.prototype.toString.call({}); }, TypeError);
assert.throws(function () { Date.prototype.toUTCString.call(1); }, TypeError);

// What Date prints, Date.parse reads back (to the second).
[d, u, new Date(2022, 6, 4, 23, 59, 59), new Date(1999, 11, 31)].forEach(function (x) {
  var s = Math.floor(x.getTime() / 1000) * 1000;
  assert.strictEqual(Date.parse(x.toString()), s, x.toString());
  assert.strictEqual(Date.parse(x.toUTCString()), s, x.toUTCString());
});
