// util.inspect and util.format, printing what Node 20 prints.
//
// The layout rules (depth, breakLength 80, `compact: 3`, the column grouping
// of long arrays) were worked out from Node's documentation and by comparing
// output with `node`. Output is built in arrays joined once: Duktape grows
// strings by `+=` in loops in worse than quadratic time.
'use strict';

var hasOwn = Object.prototype.hasOwnProperty;
var isEnumerable = Object.prototype.propertyIsEnumerable;
var getProto = Object.getPrototypeOf;
var getOwnDesc = Object.getOwnPropertyDescriptor;
var getSymbols = typeof Object.getOwnPropertySymbols === 'function' ?
  Object.getOwnPropertySymbols : null;
var hasSymbols = typeof Symbol === 'function';
var toStringTagSymbol = hasSymbols && typeof Symbol.toStringTag === 'symbol' ? Symbol.toStringTag : null;

var customInspectSymbol = hasSymbols && Symbol['for'] ?
  Symbol['for']('nodejs.util.inspect.custom') : '@@nodejs.util.inspect.custom';

// Kinds of entries: key/value pairs of objects, array items (no key), and
// the entries of array-likes (which may be grouped into columns).
var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;

var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};
var optionNames = Object.keys(inspectDefaultOptions);

// The constructors of the language's own objects: a value whose toString
// comes from one of these prints through inspect for `%s`.
var builtInNames = {};
['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'RegExp',
  'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'AggregateError', 'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'ArrayBuffer',
  'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
  'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array', 'Proxy', 'BigInt', 'FinalizationRegistry'
].forEach(function (n) { builtInNames[n] = true; });

var errors = require('internal/util/errors');
var invalidArgType = errors.invalidArgType;
var types = require('internal/util/types');
var tagOf = types.tagOf;
var typedArrayTags = types.typedArrayTags;

// --- colors -----------------------------------------------------------------

var colors = Object.create(null);
function defineColor(name, codes) { colors[name] = codes; }
defineColor('reset', [0, 0]);
defineColor('bold', [1, 22]);
defineColor('dim', [2, 22]);
defineColor('italic', [3, 23]);
defineColor('underline', [4, 24]);
defineColor('blink', [5, 25]);
defineColor('inverse', [7, 27]);
defineColor('hidden', [8, 28]);
defineColor('strikethrough', [9, 29]);
defineColor('doubleunderline', [21, 24]);
defineColor('black', [30, 39]);
defineColor('red', [31, 39]);
defineColor('green', [32, 39]);
defineColor('yellow', [33, 39]);
defineColor('blue', [34, 39]);
defineColor('magenta', [35, 39]);
defineColor('cyan', [36, 39]);
defineColor('white', [37, 39]);
defineColor('bgBlack', [40, 49]);
defineColor('bgRed', [41, 49]);
defineColor('bgGreen', [42, 49]);
defineColor('bgYellow', [43, 49]);
defineColor('bgBlue', [44, 49]);
defineColor('bgMagenta', [45, 49]);
defineColor('bgCyan', [46, 49]);
defineColor('bgWhite', [47, 49]);
defineColor('framed', [51, 54]);
defineColor('overlined', [53, 55]);
defineColor('gray', [90, 39]);
defineColor('redBright', [91, 39]);
defineColor('greenBright', [92, 39]);
defineColor('yellowBright', [93, 39]);
defineColor('blueBright', [94, 39]);
defineColor('magentaBright', [95, 39]);
defineColor('cyanBright', [96, 39]);
defineColor('whiteBright', [97, 39]);
defineColor('bgGray', [100, 49]);
defineColor('bgRedBright', [101, 49]);
defineColor('bgGreenBright', [102, 49]);
defineColor('bgYellowBright', [103, 49]);
defineColor('bgBlueBright', [104, 49]);
defineColor('bgMagentaBright', [105, 49]);
defineColor('bgCyanBright', [106, 49]);
defineColor('bgWhiteBright', [107, 49]);
// Aliases are getters in Node, so they do not show when the table is printed.
function defineAlias(alias, target) {
  Object.defineProperty(colors, alias, {
    get: function () { return this[target]; },
    set: function (v) { this[target] = v; },
    configurable: true,
    enumerable: false
  });
}
defineAlias('grey', 'gray');
defineAlias('blackBright', 'gray');
defineAlias('bgGrey', 'bgGray');
defineAlias('bgBlackBright', 'bgGray');
defineAlias('faint', 'dim');
defineAlias('strikeThrough', 'strikethrough');
defineAlias('crossedout', 'strikethrough');
defineAlias('crossedOut', 'strikethrough');
defineAlias('crossed', 'strikethrough');
defineAlias('conceal', 'hidden');
defineAlias('swapColors', 'inverse');
defineAlias('swapcolors', 'inverse');
defineAlias('doubleUnderline', 'doubleunderline');

var styles = Object.create(null);
styles.special = 'cyan';
styles.number = 'yellow';
styles.bigint = 'yellow';
styles['boolean'] = 'yellow';
styles['undefined'] = 'grey';
styles['null'] = 'bold';
styles.string = 'green';
styles.symbol = 'green';
styles.date = 'magenta';
styles.regexp = 'red';
styles.module = 'underline';

function stylizeWithColor(str, styleType) {
  var style = styles[styleType];
  if (style !== undefined) {
    var color = colors[style];
    if (color !== undefined) return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

var ansiRe = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(ansiRe, '');
}

// --- helpers ----------------------------------------------------------------

function repeat(ch, n) {
  return n > 0 ? new Array(n + 1).join(ch) : '';
}

function isError(value, tag) {
  return tag === 'Error' || value instanceof Error;
}


function isMap(value, tag) {
  return tag === 'Map' || (typeof Map === 'function' && value instanceof Map);
}

function isSet(value, tag) {
  return tag === 'Set' || (typeof Set === 'function' && value instanceof Set);
}

function isPromise(value, tag) {
  return tag === 'Promise' || (typeof Promise === 'function' && value instanceof Promise);
}

// Canonical array index: what an own non-index key filter removes.
function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  var c = key.charCodeAt(0);
  if (c === 48) return key.length === 1;
  for (var i = 0; i < key.length; i++) {
    c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) < 4294967295;
}

function getKeys(value, showHidden) {
  var keys;
  var symbols = getSymbols !== null ? getSymbols(value) : [];
  var i;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    keys = Object.keys(value);
    for (i = 0; i < symbols.length; i++) {
      if (isEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// The own keys of a typed array without its elements (Object.keys would
// make a string per element; vm/duktape/patches/0006): strings, then symbols.
var ownStoredKeys = internalBinding('buffer').ownStoredKeys;
function typedArrayKeys(value, showHidden) {
  var all = ownStoredKeys(value, showHidden, true);
  var out = [];
  var syms = [];
  for (var i = 0; i < all.length; i++) (typeof all[i] === 'symbol' ? syms : out).push(all[i]);
  return syms.length ? out.concat(syms) : out;
}
exports.typedArrayKeys = typedArrayKeys;

function nonIndexKeys(keys) {
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (!isIndexKey(keys[i])) out.push(keys[i]);
  }
  return out;
}

function isInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch (e) {
    return false;
  }
}

// The name printed before an object: the first constructor up the prototype
// chain that the object is an instance of; null for a null prototype.
function getConstructorName(obj, ctx, recurseTimes) {
  var first;
  var tmp = obj;
  while (obj !== null && obj !== undefined) {
    var desc = getOwnDesc(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && isInstanceof(tmp, desc.value)) {
      return String(desc.value.name);
    }
    obj = getProto(obj);
    if (first === undefined) first = obj;
  }
  if (first === null) return null;
  var res = tagOf(tmp);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';
  var protoText = inspect(first, {
    customInspect: false, depth: -1, colors: false, breakLength: ctx.breakLength
  });
  return res + ' <' + protoText + '>';
}

var typedArrayVirtualKeys = { length: true, byteLength: true, byteOffset: true, BYTES_PER_ELEMENT: true, buffer: true };

function notVirtualTypedArrayKey(key) {
  return !(typedArrayVirtualKeys[key] === true && !isEnumerable.call(this, key));
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
  return constructor + size + ' ';
}

// --- primitives -------------------------------------------------------------

var escapeTest = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
var metaNames = {
  8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\'
};

function hex2(n) {
  var s = n.toString(16).toUpperCase();
  return n < 16 ? '0' + s : s;
}

// Quote a string as Node does: single quotes unless the text holds one, then
// double quotes, then backticks; control characters, C1 controls and lone
// surrogates escaped.
function strEscape(str) {
  var quote = 39; // '
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = 34;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = 96;
  }
  var q = String.fromCharCode(quote);
  if (!escapeTest.test(str)) return q + str + q;
  var parts = [q];
  var last = 0;
  var len = str.length;
  for (var i = 0; i < len; i++) {
    var c = str.charCodeAt(i);
    var rep = null;
    if (c === quote || c === 92 || c < 32 || (c >= 0x7f && c <= 0x9f)) {
      rep = metaNames[c] || (c === quote ? '\\' + q : '\\x' + hex2(c));
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        var d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      rep = '\\u' + c.toString(16);
    }
    if (rep !== null) {
      if (last < i) parts.push(str.slice(last, i));
      parts.push(rep);
      last = i + 1;
    }
  }
  if (last < len) parts.push(str.slice(last));
  parts.push(q);
  return parts.join('');
}

// numericSeparator: digits grouped by three with '_' on both sides of the
// point (1_234.567_8), as Node does.
function groupIntegerDigits(str) {
  var start = str.charAt(0) === '-' ? 1 : 0;
  var i = str.length;
  var groups = [];
  for (; i >= start + 4; i -= 3) groups.unshift(str.slice(i - 3, i));
  if (groups.length === 0) return str;
  return str.slice(0, i) + '_' + groups.join('_');
}

function groupFractionDigits(str) {
  var groups = [];
  var i = 0;
  for (; i < str.length - 3; i += 3) groups.push(str.slice(i, i + 3));
  if (i === 0) return str;
  groups.push(str.slice(i));
  return groups.join('_');
}

function formatNumber(stylize, n, numericSeparator) {
  if (!numericSeparator) {
    if (n === 0 && 1 / n < 0) return stylize('-0', 'number');
    return stylize(String(n), 'number');
  }
  var integer = n < 0 ? Math.ceil(n) : Math.floor(n);
  var str = String(integer);
  if (integer === n) {
    if (!isFinite(n) || str.indexOf('e') !== -1) return stylize(str, 'number');
    return stylize(groupIntegerDigits(str), 'number');
  }
  if (n !== n) return stylize(str, 'number');
  var full = String(n);
  if (full.indexOf('e') !== -1) return stylize(full, 'number');
  // -0.5 truncates to -0, whose String is '0': keep the sign from the text.
  var point = full.indexOf('.');
  return stylize(groupIntegerDigits(full.slice(0, point)) + '.' + groupFractionDigits(full.slice(point + 1)), 'number');
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string':
      var trailer = '';
      if (value.length > ctx.maxStringLength) {
        var remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      // Long strings with line breaks print one line per piece, joined by +.
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        var pieces = [];
        var start = 0;
        var nl;
        while ((nl = value.indexOf('\n', start)) !== -1 && nl + 1 < value.length) {
          pieces.push(stylize(strEscape(value.slice(start, nl + 1)), 'string'));
          start = nl + 1;
        }
        pieces.push(stylize(strEscape(value.slice(start)), 'string'));
        return pieces.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
      }
      return stylize(strEscape(value), 'string') + trailer;
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return stylize(String(value) + 'n', 'bigint');
    case 'boolean':
      return stylize(String(value), 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      // Symbols.
      return stylize(String(value), 'symbol');
  }
}

// --- the value walker -------------------------------------------------------

// A promise's state, read from the native Promise (vm/promise.c):
// [0] pending, [1, value] fulfilled, [2, reason] rejected, or undefined for
// an object that is not a native promise.
var getPromiseDetails = internalBinding('promise').getPromiseDetails;

function getUserOptions(ctx) {
  var out = { stylize: ctx.stylize };
  var k;
  if (ctx.userOptions !== undefined) {
    for (k in ctx.userOptions) out[k] = ctx.userOptions[k];
  }
  for (var i = 0; i < optionNames.length; i++) {
    k = optionNames[i];
    out[k] = ctx[k];
  }
  out.stylize = ctx.stylize;
  return out;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    var maybeCustom;
    try {
      maybeCustom = value[customInspectSymbol];
    } catch (e) {
      maybeCustom = undefined;
    }
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var ret = maybeCustom.call(value, depth, getUserOptions(ctx), inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = { objects: [value], ids: [1] };
    } else {
      var at = ctx.circular.objects.indexOf(value);
      if (at === -1) {
        index = ctx.circular.objects.length + 1;
        ctx.circular.objects.push(value);
        ctx.circular.ids.push(index);
      } else {
        index = ctx.circular.ids[at];
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var constructor = getConstructorName(value, ctx, recurseTimes);
  var vtag = tagOf(value);
  var tag = '';
  if (toStringTagSymbol !== null) {
    try {
      tag = value[toStringTagSymbol];
    } catch (e) {
      tag = '';
    }
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable).call(value, toStringTagSymbol))) {
      tag = '';
    }
  }
  var base = '';
  var formatter = formatNoEntries;
  var braces;
  var noIterator = true;
  var extrasType = kObjectType;
  var prefix;

  if (Array.isArray(value)) {
    noIterator = false;
    keys = nonIndexKeys(getKeys(value, ctx.showHidden));
    prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    extrasType = kArrayExtrasType;
    formatter = formatArray;
  } else if (isSet(value, vtag)) {
    noIterator = false;
    keys = getKeys(value, ctx.showHidden);
    prefix = getPrefix(constructor, tag, 'Set', '(' + value.size + ')');
    formatter = formatSet;
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (isMap(value, vtag)) {
    noIterator = false;
    keys = getKeys(value, ctx.showHidden);
    prefix = getPrefix(constructor, tag, 'Map', '(' + value.size + ')');
    formatter = formatMap;
    if (value.size === 0 && keys.length === 0) return prefix + '{}';
    braces = [prefix + '{', '}'];
  } else if (typedArrayTags[vtag] === true) {
    noIterator = false;
    keys = typedArrayKeys(value, ctx.showHidden);
    // Duktape keeps a typed array's length as a hidden own property; the
    // showHidden view lists it with the other accessors instead.
    if (ctx.showHidden) keys = keys.filter(notVirtualTypedArrayKey, value);
    var fallback = vtag;
    var size = value.length;
    // V8's typed arrays answer Symbol.toStringTag with their kind (Duktape's
    // have no such getter): a subclass prints as `Buffer(2) [Uint8Array] [`.
    prefix = getPrefix(constructor, tag === '' ? vtag : tag, fallback, '(' + size + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
    formatter = formatTypedArray;
    extrasType = kArrayExtrasType;
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (constructor === 'Object' && vtag === 'Arguments') {
      braces[0] = '[Arguments] {';
      if (keys.length === 0) return braces[0] + '}';
    } else if (constructor === 'Object' && !isError(value, vtag) && vtag !== 'Date' &&
               vtag !== 'RegExp' && vtag !== 'Boolean' && vtag !== 'Number' && vtag !== 'String') {
      if (tag !== '') braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      if (keys.length === 0) return braces[0] + '}';
    } else if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (ctx.showHidden) keys = functionHiddenKeys(value, keys);
      if (keys.length === 0) return ctx.stylize(base, 'special');
    } else if (vtag === 'RegExp') {
      base = RegExp.prototype.toString.call(value);
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if (keys.length === 0 || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (vtag === 'Date') {
      base = isNaN(Date.prototype.getTime.call(value)) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0) return ctx.stylize(base, 'date');
    } else if (isError(value, vtag)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0) return base;
    } else if (vtag === 'ArrayBuffer' || vtag === 'SharedArrayBuffer') {
      prefix = getPrefix(constructor, tag, vtag);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0) {
        return prefix + '{ byteLength: ' + formatNumber(ctx.stylize, value.byteLength) + ' }';
      }
      braces[0] = prefix + '{';
      keys.unshift('byteLength');
    } else if (vtag === 'DataView') {
      braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value, vtag)) {
      braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
      formatter = formatPromise;
    } else if (vtag === 'WeakSet' || vtag === 'WeakMap') {
      braces[0] = getPrefix(constructor, tag, vtag) + '{';
      formatter = formatWeakCollection;
    } else if (vtag === 'Boolean' || vtag === 'Number' || vtag === 'String' || vtag === 'Symbol') {
      base = getBoxedBase(value, ctx, keys, constructor, tag, vtag);
      if (keys.length === 0) return base;
    } else {
      if (keys.length === 0) return getPrefix(constructor, tag, 'Object') + '{}';
      braces[0] = getPrefix(constructor, tag, 'Object') + '{';
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = '[' + name + ']';
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var output;
  var i;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
  } finally {
    ctx.seen.pop();
  }

  if (ctx.circular !== undefined) {
    var at = ctx.circular.objects.indexOf(value);
    if (at !== -1) {
      var reference = ctx.stylize('<ref *' + ctx.circular.ids[at] + '>', 'special');
      if (ctx.compact !== true) base = base === '' ? reference : reference + ' ' + base;
      else braces[0] = reference + ' ' + braces[0];
    }
  }

  if (ctx.sorted) {
    var cmp = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(cmp);
    } else if (keys.length > 1) {
      var tail = output.slice(output.length - keys.length).sort(cmp);
      output.length = output.length - keys.length;
      for (i = 0; i < tail.length; i++) output.push(tail[i]);
    }
  }

  return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
}

// With showHidden, a function lists length and name first and prototype
// last, as V8 orders them; Duktape's own fileName and the ES5 strict-mode
// caller/arguments poison pills are left out.
function functionHiddenKeys(fn, keys) {
  var head = [];
  var middle = [];
  var tail = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k === 'fileName' && !isEnumerable.call(fn, k)) continue;
    // ES5 strict functions carry throwing caller/arguments accessors; ES2015
    // engines have none.
    if (k === 'caller' || k === 'arguments') {
      var d = getOwnDesc(fn, k);
      if (d && d.get !== undefined && d.get === d.set) continue;
    }
    if (k === 'length' || k === 'name') head.push(k);
    else if (k === 'prototype') tail.push(k);
    else middle.push(k);
  }
  head.sort();
  return head.concat(middle, tail);
}

function getFunctionBase(value, constructor, tag) {
  var parts = ['[Function'];
  if (constructor === null) parts.push(' (null prototype)');
  var name = value.name;
  if (typeof name !== 'string' || name === '') parts.push(' (anonymous)');
  else parts.push(': ', name);
  parts.push(']');
  if (constructor !== 'Function' && constructor !== null) parts.push(' ', constructor);
  if (tag !== '' && constructor !== tag) parts.push(' [', tag, ']');
  return parts.join('');
}

function getBoxedBase(value, ctx, keys, constructor, tag, type) {
  var primitive;
  var styleType = type.toLowerCase();
  if (type === 'String') {
    primitive = String.prototype.valueOf.call(value);
    // The characters show as the value, not as index keys.
    var kept = nonIndexKeys(keys);
    keys.length = 0;
    for (var i = 0; i < kept.length; i++) keys.push(kept[i]);
  } else if (type === 'Number') {
    primitive = Number.prototype.valueOf.call(value);
  } else if (type === 'Boolean') {
    primitive = Boolean.prototype.valueOf.call(value);
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
  }
  var base = '[' + type;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
  }
  base += ': ' + formatPrimitive(stylizeNoColor, primitive, ctx) + ']';
  if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, styleType);
}

function getStackString(err) {
  var stack;
  try {
    stack = err.stack;
  } catch (e) {
    stack = undefined;
  }
  if (stack) return String(stack);
  try {
    return Error.prototype.toString.call(err);
  } catch (e2) {
    return '[Error]';
  }
}

// Show the constructor when the stack's first line names something else
// (a subclass whose name is inherited, a null prototype).
function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  var looksNormal = name.slice(-5) === 'Error' && stack.slice(0, len) === name &&
    (stack.length === len || stack.charAt(len) === ':' || stack.charAt(len) === '\n');
  if (constructor !== null && !looksNormal) return stack;
  var fallback = 'Error';
  if (constructor === null) {
    var m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (m && m[1]) || '';
    len = fallback.length;
    if (fallback === '') fallback = 'Error';
  }
  var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.indexOf(name) !== -1) {
    return len === 0 ? prefix + ': ' + stack : prefix + stack.slice(len);
  }
  return prefix + ' [' + name + ']' + stack.slice(len);
}

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? String(err.name) : 'Error';
  var message = err.message != null ? String(err.message) : '';
  var stack = getStackString(err);
  var i;

  // Node lists a non-enumerable `cause` too.
  if (hasOwn.call(err, 'cause') && keys.indexOf('cause') === -1) keys.push('cause');

  // Drop own name/message/stack keys whose text the stack already shows.
  if (!ctx.showHidden && keys.length !== 0) {
    var dup = ['name', 'message', 'stack'];
    for (i = 0; i < dup.length; i++) {
      var at = keys.indexOf(dup[i]);
      if (at !== -1 && stack.indexOf(String(err[dup[i]])) !== -1) keys.splice(at, 1);
    }
  }

  stack = improveStack(stack, constructor, name, tag);

  // Without stack frames the error prints in brackets.
  var pos = message ? stack.indexOf(message) : -1;
  if (pos !== -1) pos += message.length;
  var framesAt = stack.indexOf('\n    at', pos === -1 ? 0 : pos);
  if (framesAt === -1) stack = '[' + stack + ']';

  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join('\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

function formatNoEntries() {
  return [];
}

function remainingText(n) {
  return '... ' + n + ' more item' + (n > 1 ? 's' : '');
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var maxLen = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  var output = [];
  var i = 0;
  // Holes print as one `<n empty items>` entry per run; each counts as one
  // entry against maxArrayLength.
  while (i < valLen && output.length < maxLen) {
    if (!hasOwn.call(value, i)) {
      var end = i + 1;
      while (end < valLen && !hasOwn.call(value, end)) end++;
      var holes = end - i;
      output.push(ctx.stylize('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>', 'undefined'));
      i = end;
      continue;
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    i++;
  }
  var remaining = valLen - i;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  var length = value.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = new Array(maxLength);
  for (var i = 0; i < maxLength; i++) {
    var v = value[i];
    output[i] = typeof v === 'number' ? formatNumber(ctx.stylize, v, ctx.numericSeparator) : ctx.stylize(String(v) + 'n', 'bigint');
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    var names = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (var j = 0; j < names.length; j++) {
      output.push('[' + names[j] + ']: ' + formatValue(ctx, value[names[j]], recurseTimes, true));
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  var bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (e) {
    return [ctx.stylize('(detached)', 'special')];
  }
  var n = Math.min(ctx.maxArrayLength, bytes.length);
  var hex = new Array(n);
  for (var i = 0; i < n; i++) {
    var b = bytes[i];
    hex[i] = (b < 16 ? '0' : '') + b.toString(16);
  }
  var str = hex.join(' ');
  var remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatSet(ctx, value, recurseTimes) {
  var length = value.size;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var output = [];
  ctx.indentationLvl += 2;
  var n = 0;
  value.forEach(function (v) {
    if (n++ >= maxLength) return;
    output.push(formatValue(ctx, v, recurseTimes));
  });
  if (length > maxLength) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes) {
  var length = value.size;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var output = [];
  ctx.indentationLvl += 2;
  var n = 0;
  value.forEach(function (v, k) {
    if (n++ >= maxLength) return;
    output.push(formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes));
  });
  if (length > maxLength) output.push(remainingText(length - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
  var details = getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  if (details[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  var str = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [details[0] === 2 ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
}

var keyPlainRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type) {
  var str;
  var extra = ' ';
  var desc = getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < removeColors(str).length) {
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var s = ctx.stylize;
    var g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) || (g === 'set' && desc.set !== undefined))) {
      try {
        var tmp = desc.get.call(value);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = s('[' + label + ':', 'special') + ' ' + s('null', 'null') + s(']', 'special');
        } else if (typeof tmp === 'object') {
          str = s('[' + label + ']', 'special') + ' ' + formatValue(ctx, tmp, recurseTimes);
        } else {
          str = s('[' + label + ':', 'special') + ' ' + formatPrimitive(s, tmp, ctx) + s(']', 'special');
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = s('[' + label + ':', 'special') + ' <Inspection threw (' + (err && err.message) + ')>' + s(']', 'special');
      }
    } else {
      str = s('[' + label + ']', 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  var name;
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(String(key), 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + key + ']';
  } else if (keyPlainRe.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return name + ':' + extra + str;
}

// --- line breaking ----------------------------------------------------------

function plainLength(ctx, s) {
  return ctx.colors ? removeColors(s).length : s.length;
}

// Whether the entries fit on one line of ctx.breakLength after `start`
// characters of overhead.
function isBelowBreakLength(ctx, output, start, base) {
  var total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (var i = 0; i < output.length; i++) {
    total += plainLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

// Arrays of more than six short entries print in aligned columns: roughly a
// square block (a character taken as 2.5 times as high as it is wide), at
// most 15 columns (and compact * 4), numbers right-aligned, others padded.
function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i;
  var outputLength = output.length;
  // The "... more items" line is not part of the grid.
  if (ctx.maxArrayLength < output.length) outputLength--;
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  for (i = 0; i < outputLength; i++) {
    var len = plainLength(ctx, output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  // At least three columns must fit, and no entry may dwarf the others.
  if (!(actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6))) {
    return output;
  }
  var averageBias = Math.sqrt(actualMax - totalLength / output.length);
  var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  var columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15);
  if (columns <= 1) return output;

  var colWidth = [];
  for (i = 0; i < columns; i++) {
    var w = 0;
    for (var j = i; j < output.length; j += columns) {
      if (dataLen[j] > w) w = dataLen[j];
    }
    colWidth.push(w + separatorSpace);
  }
  var padStart = value !== undefined;
  if (padStart) {
    for (i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  var rows = [];
  for (i = 0; i < outputLength; i += columns) {
    var max = Math.min(i + columns, outputLength);
    var line = [];
    for (var k = i; k < max; k++) {
      var cell = k < max - 1 ? output[k] + ', ' : output[k];
      var width = colWidth[k - i] - (k < max - 1 ? 0 : separatorSpace);
      var pad = repeat(' ', width - dataLen[k] - (k < max - 1 ? separatorSpace : 0));
      if (padStart) line.push(pad, cell);
      else if (k < max - 1) line.push(cell, pad);
      else line.push(cell);
    }
    rows.push(line.join(''));
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[outputLength]);
  return rows;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var lead = base ? base + ' ' : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` innermost levels go on one line when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          var joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return lead + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    var indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return lead + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  var ind = repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + ind + '  ';
  return braces[0] + ln + output.join(',\n' + ind + '  ') + ' ' + braces[1];
}

// --- public entry points ----------------------------------------------------

function inspect(value, opts) {
  var ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    circular: undefined,
    userOptions: undefined
  };
  var i;
  for (i = 0; i < optionNames.length; i++) ctx[optionNames[i]] = inspectDefaultOptions[optionNames[i]];
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      var keys = Object.keys(opts);
      for (i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

Object.defineProperty(inspect, 'custom', {
  value: customInspectSymbol, enumerable: false, writable: false, configurable: false
});

Object.defineProperty(inspect, 'defaultOptions', {
  get: function () { return inspectDefaultOptions; },
  set: function (options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) inspectDefaultOptions[keys[i]] = options[keys[i]];
  },
  enumerable: true,
  configurable: true
});

inspect.colors = colors;
inspect.styles = styles;

// --- format -----------------------------------------------------------------

function hasBuiltInToString(value) {
  var fn;
  try {
    fn = value.toString;
  } catch (e) {
    return true;
  }
  if (typeof fn !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  var pointer = value;
  do {
    pointer = getProto(pointer);
  } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
  if (pointer === null) return true;
  var desc = getOwnDesc(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInNames[desc.value.name] === true;
}

function withOptions(base, extra) {
  var out = {};
  var k;
  for (k in base) out[k] = base[k];
  for (k in extra) out[k] = extra[k];
  return out;
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    var msg = err && String(err.message);
    if (err && err.name === 'TypeError' && /circular|cyclic/i.test(msg)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var out = [];
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var lastPos = 0;
    var tempStr;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      var next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        var arg;
        switch (next) {
          case 115: // 's'
            arg = args[++a];
            if (typeof arg === 'number') tempStr = formatNumber(stylizeNoColor, arg);
            else if (typeof arg === 'bigint') tempStr = String(arg) + 'n';
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, withOptions(inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: // 'd'
            arg = args[++a];
            if (typeof arg === 'bigint') tempStr = String(arg) + 'n';
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg));
            break;
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], withOptions(inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: // 'i'
            arg = args[++a];
            if (typeof arg === 'bigint') tempStr = String(arg) + 'n';
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, parseInt(arg, 10));
            break;
          case 102: // 'f'
            arg = args[++a];
            tempStr = typeof arg === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, parseFloat(arg));
            break;
          case 99: // 'c': CSS, consumed and dropped
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            out.push(first.slice(lastPos, i));
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) out.push(first.slice(lastPos, i - 1));
        out.push(String(tempStr));
        lastPos = i + 1;
      } else if (next === 37) {
        out.push(first.slice(lastPos, i));
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) out.push(first.slice(lastPos));
    }
  }
  while (a < args.length) {
    var value = args[a];
    out.push(join);
    out.push(typeof value !== 'string' ? inspect(value, inspectOptions) : value);
    join = ' ';
    a++;
  }
  return out.join('');
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < args.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
  }
  var args = new Array(arguments.length - 1);
  for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  return formatWithOptionsInternal(inspectOptions, args);
}

exports.inspect = inspect;
exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.formatWithOptionsInternal = formatWithOptionsInternal;
exports.inspectDefaultOptions = inspectDefaultOptions;
exports.customInspectSymbol = customInspectSymbol;
exports.stripVTControlCharacters = removeColors;
exports.strEscape = strEscape;
