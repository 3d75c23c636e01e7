// AssertionError: Node's message shapes ("Expected values to be strictly
// equal:\n\n1 !== 2\n", the "+ actual - expected" diff of the inspected
// values, "should loosely deep-equal", ...). The diff is a plain
// longest-common-subsequence line diff of util.inspect output.
'use strict';

var invalidArgType = require('internal/util/errors').invalidArgType;

// util.inspect loads when a message is generated.
function inspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

function stripColors(str) {
  return require('internal/util/inspect').stripVTControlCharacters(str);
}

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  sameStructure: 'Values have same structure but are not reference-equal:'
};

// Short single-line values print as "a !== b" instead of a diff.
var kMaxShortLength = 12;
// Longest message part for one value in the non-diff forms.
var kMaxValueLength = 512;

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true
  });
}

function spaces(n) {
  return n > 0 ? new Array(n + 1).join(' ') : '';
}

// Lines that differ only by a trailing comma count as the same line.
function sameLine(a, b) {
  return a === b || a === b + ',' || b === a + ',';
}

// Longest common subsequence table, from the ends.
function lcsTable(a, b) {
  var n = a.length;
  var m = b.length;
  var rows = new Array(n + 1);
  var i;
  var j;
  for (i = 0; i <= n; i++) {
    rows[i] = new Array(m + 1);
    rows[i][m] = 0;
  }
  for (j = 0; j <= m; j++) rows[n][j] = 0;
  for (i = n - 1; i >= 0; i--) {
    for (j = m - 1; j >= 0; j--) {
      rows[i][j] = sameLine(a[i], b[j]) ? rows[i + 1][j + 1] + 1 :
        Math.max(rows[i + 1][j], rows[i][j + 1]);
    }
  }
  return rows;
}

// Lines compared with a full table at most; past it lines are compared
// by position.
var kMaxTableCells = 250000;

function sameEntry(a, b) {
  var line = a;
  if (b === line + ',') line += ',';
  return { kind: ' ', text: line };
}

// The diff as entries { kind: ' ' | '+' | '-', text }: within a changed
// block all actual (+) lines come before the expected (-) ones. Common
// leading and trailing lines are taken off before the table is built.
function diffLines(actual, expected) {
  var out = [];
  var pre = 0;
  var k;
  while (pre < actual.length && pre < expected.length && sameLine(actual[pre], expected[pre])) {
    out.push(sameEntry(actual[pre], expected[pre]));
    pre++;
  }
  var suf = 0;
  while (suf < actual.length - pre && suf < expected.length - pre &&
         sameLine(actual[actual.length - 1 - suf], expected[expected.length - 1 - suf])) {
    suf++;
  }
  var a = actual.slice(pre, actual.length - suf);
  var e = expected.slice(pre, expected.length - suf);
  var plus = [];
  var minus = [];
  var flush = function () {
    for (k = 0; k < plus.length; k++) out.push({ kind: '+', text: plus[k] });
    for (k = 0; k < minus.length; k++) out.push({ kind: '-', text: minus[k] });
    plus = [];
    minus = [];
  };
  if (a.length * e.length > kMaxTableCells) {
    // Too large for the table: line n of one against line n of the other.
    var n = Math.max(a.length, e.length);
    for (var p = 0; p < n; p++) {
      if (p < a.length && p < e.length && sameLine(a[p], e[p])) {
        flush();
        out.push(sameEntry(a[p], e[p]));
      } else {
        if (p < a.length) plus.push(a[p]);
        if (p < e.length) minus.push(e[p]);
      }
    }
    flush();
  } else {
    var table = lcsTable(a, e);
    var i = 0;
    var j = 0;
    while (i < a.length || j < e.length) {
      if (i < a.length && j < e.length && sameLine(a[i], e[j])) {
        flush();
        out.push(sameEntry(a[i], e[j]));
        i++;
        j++;
      } else if (j >= e.length || (i < a.length && table[i + 1][j] >= table[i][j + 1])) {
        plus.push(a[i++]);
      } else {
        minus.push(e[j++]);
      }
    }
    flush();
  }
  for (k = actual.length - suf; k < actual.length; k++) {
    out.push(sameEntry(actual[k], expected[expected.length - (actual.length - k)]));
  }
  return out;
}

// `header` (a user's message) replaces the first line of the diff forms.
function createErrDiff(actual, expected, operator, header) {
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    var a0 = stripColors(actualLines[0]);
    var e0 = stripColors(expectedLines[0]);
    var inputLength = a0.length + e0.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return (header || kReadableOperator[operator]) + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      var columns = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < columns) {
        var at = 0;
        while (at < a0.length && a0.charAt(at) === e0.charAt(at)) at++;
        // Point at the first difference unless it is at the very start.
        if (at > 2) indicator = '\n  ' + spaces(at) + '^';
      }
    }
  }

  if (actualInspected === expectedLines.join('\n')) {
    var same = actualLines;
    if (same.length > 50) {
      same = same.slice(0, 46);
      same.push('...');
    }
    var title = operator === 'strictEqualObject' ? kReadableOperator.sameStructure : kReadableOperator.notIdentical;
    return title + '\n\n' + same.join('\n') + '\n';
  }

  var entries = diffLines(actualLines, expectedLines);
  // Runs of unchanged lines longer than five keep two lines of context on
  // each side; the rest collapse into "...".
  var lines = [];
  var skipped = false;
  var k = 0;
  while (k < entries.length) {
    if (entries[k].kind !== ' ') {
      lines.push(entries[k].kind + ' ' + entries[k].text);
      k++;
      continue;
    }
    var end = k;
    while (end < entries.length && entries[end].kind === ' ') end++;
    var run = end - k;
    var keepHead = k === 0 ? 0 : 2;
    var keepTail = end === entries.length ? 0 : 2;
    if (k === 0) keepHead = Math.min(run, 2);
    if (end === entries.length) keepTail = Math.min(run, 3);
    if (run > keepHead + keepTail + 1) {
      var r;
      for (r = k; r < k + keepHead; r++) lines.push('  ' + entries[r].text);
      lines.push('...');
      skipped = true;
      for (r = end - keepTail; r < end; r++) lines.push('  ' + entries[r].text);
    } else {
      for (var s = k; s < end; s++) lines.push('  ' + entries[s].text);
    }
    k = end;
  }
  // About fifty lines at most, as Node prints.
  if (lines.length > 52) {
    lines = lines.slice(0, 50);
    lines.push('...');
    skipped = true;
  }
  return (header || kReadableOperator[operator]) + '\n+ actual - expected' + (skipped ? ' ... Lines skipped' : '') +
    '\n\n' + lines.join('\n') + indicator;
}

function truncate(str, max) {
  return str.length > max ? str.slice(0, max - 3) + '...' : str;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  var base;
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    base = kReadableOperator[operator];
    var res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res = res.slice(0, 46);
      res.push('...');
    }
    if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
    return base + '\n\n' + res.join('\n') + '\n';
  }
  var actualText = inspectValue(actual);
  var other = inspectValue(expected);
  var known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && actualText === other) {
    return truncate(known + '\n\n' + actualText, 1024);
  }
  actualText = truncate(actualText, kMaxValueLength);
  other = truncate(other, kMaxValueLength);
  if (operator === 'deepEqual') {
    return known + '\n\n' + actualText + '\n\nshould loosely deep-equal\n\n' + other;
  }
  var unequal = kReadableOperator[operator + 'Unequal'];
  if (unequal) return unequal + '\n\n' + actualText + '\n\nshould not loosely deep-equal\n\n' + other;
  return actualText + ' ' + operator + ' ' + other;
}

// The stack of a fresh error without the frames of the assert module, so
// that it starts at the caller, as Node's stackStartFn does. The message
// may span lines: frames start after it.
function trimStack(stack, text, head) {
  stack = String(stack);
  var pos = stack.indexOf(text);
  var from = pos === -1 ? 0 : pos + text.length;
  var at = stack.indexOf('\n    at ', from);
  var lines = at === -1 ? [] : stack.slice(at + 1).split('\n');
  var frames = [];
  for (var i = 0; i < lines.length; i++) {
    if (frames.length === 0 &&
        /\((?:node:assert|node:internal\/assert\/|node:internal\/util\/|duk_[a-z_]+\.c)[^)]*\)/.test(lines[i])) {
      continue;
    }
    frames.push(lines[i]);
  }
  return frames.length ? head + '\n' + frames.join('\n') : head;
}

function AssertionError(options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  var message = options.message;
  var operator = options.operator;
  var text;
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    // A message of the strict comparisons heads the diff instead of
    // replacing it.
    text = createErrDiff(options.actual, options.expected, operator, message ? String(message) : undefined);
  } else {
    text = message != null ? String(message) : generateMessage(options.actual, options.expected, operator);
  }
  var self = new Error(text);
  Object.setPrototypeOf(self, AssertionError.prototype);

  self.generatedMessage = !message;
  self.code = 'ERR_ASSERTION';
  self.actual = options.actual;
  self.expected = options.expected;
  self.operator = operator;
  var stack;
  if (typeof Error.captureStackTrace === 'function') {
    Object.defineProperty(self, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true
    });
    Error.captureStackTrace(self, options.stackStartFn || options.stackStartFunction || AssertionError);
    stack = self.stack;
    delete self.name;
  } else {
    stack = trimStack(self.stack, text, 'AssertionError [ERR_ASSERTION]: ' + text);
  }
  Object.defineProperty(self, 'stack', {
    value: stack, enumerable: false, writable: true, configurable: true
  });
  return self;
}

AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, configurable: true },
  name: { value: 'AssertionError', writable: true, configurable: true },
  toString: {
    value: function toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true,
    configurable: true
  }
});
Object.setPrototypeOf(AssertionError, Error);

// Inspected with depth 0 inside a larger value, as Node does.
AssertionError.prototype[Symbol['for']('nodejs.util.inspect.custom')] = function (recurseTimes, ctx) {
  var opts = {};
  for (var k in ctx) opts[k] = ctx[k];
  opts.customInspect = false;
  opts.depth = 0;
  return inspect(this, opts);
};

exports.AssertionError = AssertionError;
exports.inspectValue = inspectValue;
