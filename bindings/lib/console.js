// console: the Console class and the global console, as Node 20 has them.
// Methods are bound to their instance so that `var log = console.log;
// log(x)` works; output is util.formatWithOptions text plus a newline,
// indented by the current group.
'use strict';

var internalInspect = require('internal/util/inspect');
var inspect = internalInspect.inspect;
var formatWithOptionsInternal = internalInspect.formatWithOptionsInternal;
var errors = require('internal/util/errors');
var invalidArgType = errors.invalidArgType;
var nodeError = errors.nodeError;

var kMaxGroupIndentation = 1000;
var globalConsole = null;
var slice = Array.prototype.slice;

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true, enumerable: false });
}

function Console(options) {
  var target = this;
  if (!(target instanceof Console) || target === globalConsole) target = Object.create(Console.prototype);
  // new Console(stdout[, stderr[, ignoreErrors]]) or new Console(options).
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  initConsole(target, options);
  return target;
}

// Sets up `self` (a Console, or the global console object) from options.
function initConsole(self, options) {
  var stdout = options.stdout;
  var stderr = options.stderr === undefined ? stdout : options.stderr;
  var ignoreErrors = options.ignoreErrors === undefined ? true : options.ignoreErrors;
  var colorMode = options.colorMode === undefined ? 'auto' : options.colorMode;
  var inspectOptions = options.inspectOptions;
  var groupIndentation = options.groupIndentation;

  if (!stdout || typeof stdout.write !== 'function') {
    throw nodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw nodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr');
  }
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'colorMode' must be one of: 'auto', true, false. Received " + inspect(colorMode));
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw invalidArgType('groupIndentation', 'of type number', groupIndentation);
    }
    if (Math.floor(groupIndentation) !== groupIndentation) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "groupIndentation" is out of range. It must be an integer. Received ' + inspect(groupIndentation));
    }
    if (groupIndentation < 0 || groupIndentation > kMaxGroupIndentation) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "groupIndentation" is out of range. It must be >= 0 && <= ' +
        kMaxGroupIndentation + '. Received ' + groupIndentation);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw invalidArgType('options.inspectOptions', 'of type object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw nodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }

  // Bind every prototype method to the instance.
  var names = Object.keys(Console.prototype);
  for (var i = 0; i < names.length; i++) {
    var bound = Console.prototype[names[i]].bind(self);
    Object.defineProperty(bound, 'name', { value: names[i], configurable: true });
    self[names[i]] = bound;
  }

  hidden(self, '_stdout', stdout);
  hidden(self, '_stderr', stderr);
  hidden(self, '_ignoreErrors', !!ignoreErrors);
  hidden(self, '_times', Object.create(null));
  hidden(self, '_counts', Object.create(null));
  hidden(self, '_colorMode', colorMode);
  hidden(self, '_inspectOptions', inspectOptions);
  hidden(self, '_groupIndent', '');
  hidden(self, '_groupIndentation', groupIndentation === undefined ? 2 : groupIndentation);
}

// The inspect options for a stream: the user's, or colors when the stream
// is a colour terminal (colorMode 'auto').
function getInspectOptions(con, stream) {
  var color = con._colorMode;
  if (color === 'auto') {
    color = !!stream.isTTY &&
      (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  }
  var opts = con._inspectOptions;
  if (opts !== undefined) {
    if (opts.colors === undefined) {
      var copy = {};
      for (var k in opts) copy[k] = opts[k];
      copy.colors = color;
      return copy;
    }
    return opts;
  }
  return color ? { colors: true } : {};
}

function formatFor(con, stream, args) {
  return formatWithOptionsInternal(getInspectOptions(con, stream), args);
}

function writeToConsole(con, useStdout, string) {
  var stream = useStdout ? con._stdout : con._stderr;
  var indent = con._groupIndent;
  if (indent.length !== 0) {
    if (string.indexOf('\n') !== -1) string = string.split('\n').join('\n' + indent);
    string = indent + string;
  }
  string += '\n';
  if (!con._ignoreErrors) {
    stream.write(string);
    return;
  }
  // Errors writing to the console are swallowed, as in Node.
  try {
    stream.write(string);
  } catch (e) {
    if (e instanceof RangeError && /stack/i.test(String(e.message))) throw e;
  }
}

function argsOf(a, from) {
  return slice.call(a, from || 0);
}

function labelOf(label) {
  return label === undefined ? 'default' : String(label);
}

// Node's durations: ms with up to 3 decimals, seconds, m:ss.mmm, h:mm:ss.mmm.
function pad2(n) {
  var s = String(n);
  return s.length < 2 ? '0' + s : s;
}

function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    var head = hours !== 0 ? hours + ':' + pad2(minutes) : String(minutes);
    return head + ':' + pad2(parts[0]) + '.' + parts[1] + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }
  if (seconds !== 0) return seconds.toFixed(3) + 's';
  return Number(ms.toFixed(3)) + 'ms';
}

function timeLogImpl(con, name, label, data) {
  var start = con._times[label];
  if (start === undefined) {
    process.emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var d = process.hrtime(start);
  var formatted = formatTime(d[0] * 1e3 + d[1] / 1e6);
  con.log.apply(con, ['%s: %s', label, formatted].concat(data || []));
  return true;
}

var proto = Console.prototype;

proto.log = function log() {
  writeToConsole(this, true, formatFor(this, this._stdout, argsOf(arguments)));
};

proto.warn = function warn() {
  writeToConsole(this, false, formatFor(this, this._stderr, argsOf(arguments)));
};

proto.dir = function dir(object, options) {
  var opts = { customInspect: false };
  var k;
  var base = getInspectOptions(this, this._stdout);
  for (k in base) opts[k] = base[k];
  if (options) for (k in options) opts[k] = options[k];
  writeToConsole(this, true, inspect(object, opts));
};

proto.time = function time(label) {
  label = labelOf(label);
  if (this._times[label] !== undefined) {
    process.emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._times[label] = process.hrtime();
};

proto.timeEnd = function timeEnd(label) {
  label = labelOf(label);
  if (timeLogImpl(this, 'timeEnd', label)) delete this._times[label];
};

proto.timeLog = function timeLog(label) {
  timeLogImpl(this, 'timeLog', labelOf(label), argsOf(arguments, 1));
};

// The stack of a fresh error, without the frames of console itself.
function traceStack(message) {
  var holder = { name: 'Trace', message: message };
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(holder, proto.trace);
    if (typeof holder.stack === 'string') return holder.stack;
  }
  var stack = String(new Error().stack || '');
  var lines = stack.split('\n');
  var frames = [];
  for (var i = 1; i < lines.length; i++) {
    if (frames.length === 0 && /\(node:console:|\(duk_[a-z_]+\.c:/.test(lines[i])) continue;
    frames.push(lines[i]);
  }
  var head = message === '' ? 'Trace' : 'Trace: ' + message;
  return frames.length ? head + '\n' + frames.join('\n') : head;
}

proto.trace = function trace() {
  this.error(traceStack(formatFor(this, this._stderr, argsOf(arguments))));
};

proto.assert = function assert(expression) {
  if (!expression) {
    var args = argsOf(arguments, 1);
    args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
    this.warn.apply(this, args);
  }
};

proto.clear = function clear() {
  var out = this._stdout;
  if (out.isTTY && process.env.TERM !== 'dumb') {
    out.write('\u001b[1;1H');
    out.write('\u001b[0J');
  }
};

proto.count = function count(label) {
  label = labelOf(label);
  var n = (this._counts[label] || 0) + 1;
  this._counts[label] = n;
  this.log(label + ': ' + n);
};

proto.countReset = function countReset(label) {
  label = labelOf(label);
  if (this._counts[label] === undefined) {
    process.emitWarning("Count for '" + label + "' does not exist");
    return;
  }
  delete this._counts[label];
};

proto.group = function group() {
  if (arguments.length > 0) this.log.apply(this, arguments);
  this._groupIndent += new Array(this._groupIndentation + 1).join(' ');
};

proto.groupEnd = function groupEnd() {
  this._groupIndent = this._groupIndent.slice(0, this._groupIndent.length - this._groupIndentation);
};

// --- console.table ------------------------------------------------------------

var tableChars = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
  leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
  bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502', middle: ' \u2502 '
};

// Columns a string takes in a terminal: colours take none, East Asian wide
// characters and astral characters (emoji) two, combining marks none.
function stringWidth(str) {
  str = internalInspect.stripVTControlCharacters(String(str));
  var width = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      i++;
      width += 2;
    } else if ((c >= 0x300 && c <= 0x36f) || c === 0x200b || c === 0x200c || c === 0x200d) {
      // Zero width.
    } else if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
               (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
               (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
               (c >= 0xffe0 && c <= 0xffe6)) {
      width += 2;
    } else {
      width += 1;
    }
  }
  return width;
}

function spaces(n) {
  return n > 0 ? new Array(n + 1).join(' ') : '';
}

function renderRow(row, widths) {
  var parts = [tableChars.left];
  for (var i = 0; i < row.length; i++) {
    parts.push(row[i], spaces(widths[i] - stringWidth(row[i])));
    if (i !== row.length - 1) parts.push(tableChars.middle);
  }
  parts.push(tableChars.right);
  return parts.join('');
}

function renderTable(head, columns) {
  var widths = [];
  var longest = 0;
  var i;
  var j;
  for (i = 0; i < head.length; i++) widths.push(stringWidth(head[i]));
  for (i = 0; i < columns.length; i++) if (columns[i].length > longest) longest = columns[i].length;
  var rows = [];
  for (j = 0; j < longest; j++) rows.push([]);
  for (i = 0; i < head.length; i++) {
    var column = columns[i];
    for (j = 0; j < longest; j++) {
      var cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      var w = stringWidth(cell);
      if (w > widths[i]) widths[i] = w;
    }
  }
  var divider = [];
  for (i = 0; i < widths.length; i++) divider.push(new Array(widths[i] + 3).join(tableChars.middleMiddle));
  var lines = [
    tableChars.topLeft + divider.join(tableChars.topMiddle) + tableChars.topRight,
    renderRow(head, widths),
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) + tableChars.rightMiddle
  ];
  for (j = 0; j < rows.length; j++) lines.push(renderRow(rows[j], widths));
  lines.push(tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) + tableChars.bottomRight);
  return lines.join('\n');
}

function isMapLike(v) {
  return Object.prototype.toString.call(v) === '[object Map]' || (typeof Map === 'function' && v instanceof Map);
}

function isSetLike(v) {
  return Object.prototype.toString.call(v) === '[object Set]' || (typeof Set === 'function' && v instanceof Set);
}

proto.table = function table(tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw invalidArgType('properties', 'an instance of Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

  var self = this;
  var base = getInspectOptions(this, this._stdout);
  // Cells show one level; objects with more than two keys show as [Object].
  function cell(v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    var opt = { depth: depth, maxArrayLength: 3, breakLength: Infinity };
    for (var k in base) opt[k] = base[k];
    return inspect(v, opt);
  }
  function indexArray(n) {
    var out = [];
    for (var x = 0; x < n; x++) out.push(cell(x));
    return out;
  }
  function final(head, columns) {
    self.log(renderTable(head, columns));
  }

  if (isMapLike(tabularData)) {
    var mkeys = [];
    var mvalues = [];
    tabularData.forEach(function (v, k) {
      mkeys.push(cell(k));
      mvalues.push(cell(v));
    });
    return final(['(iteration index)', 'Key', 'Values'], [indexArray(mkeys.length), mkeys, mvalues]);
  }
  if (isSetLike(tabularData)) {
    var svalues = [];
    tabularData.forEach(function (v) { svalues.push(cell(v)); });
    return final(['(iteration index)', 'Values'], [indexArray(svalues.length), svalues]);
  }

  var map = Object.create(null);
  var hasPrimitives = false;
  var valuesColumn = [];
  var indexKeys = Object.keys(tabularData);
  for (var i = 0; i < indexKeys.length; i++) {
    var item = tabularData[indexKeys[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cell(item);
    } else {
      var keys = properties || Object.keys(item);
      for (var j = 0; j < keys.length; j++) {
        var key = keys[j];
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  var head = ['(index)'];
  var columns = [indexKeys];
  // Object.keys order: integer-like keys first, as the map object would list them.
  var mapKeys = Object.keys(map);
  for (var m = 0; m < mapKeys.length; m++) {
    head.push(mapKeys[m]);
    columns.push(map[mapKeys[m]]);
  }
  if (hasPrimitives) {
    head.push('Values');
    columns.push(valuesColumn);
  }
  return final(head, columns);
};

proto.debug = proto.log;
proto.info = proto.log;
proto.dirxml = proto.log;
proto.error = proto.warn;
proto.groupCollapsed = proto.group;

// The global console, as in Node: a plain object (tagged 'console') with
// the bound methods, that `instanceof Console` still recognises. It writes
// to process.stdout and process.stderr.
globalConsole = Object.create({});
initConsole(globalConsole, { stdout: process.stdout, stderr: process.stderr });
globalConsole.Console = Console;
// Inspector-only methods are no-ops without an inspector, as in Node.
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
if (typeof Symbol === 'function' && Symbol.toStringTag) {
  Object.defineProperty(globalConsole, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true
  });
}
if (typeof Symbol === 'function' && Symbol.hasInstance) {
  Object.defineProperty(Console, Symbol.hasInstance, {
    value: function (instance) {
      return instance === globalConsole || Console.prototype.isPrototypeOf(instance);
    }
  });
}

module.exports = globalConsole;
