// util: format and inspect (the parts console needs), inherits, deprecate,
// promisify. The rest of Node's util arrives with the core-modules work.
'use strict';

function format() {
  return formatWithOptions.apply(null, [{}].concat(Array.prototype.slice.call(arguments)));
}

function formatWithOptions(inspectOptions) {
  var args = Array.prototype.slice.call(arguments, 1);
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var lastPos = 0;
    a = 1;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      var c = first.charAt(i + 1);
      if (a !== args.length || c === '%') {
        var tempStr;
        switch (c) {
          case 's':
            var arg = args[a];
            if (typeof arg === 'number') tempStr = formatNumber(arg);
            else if (typeof arg === 'object' && arg !== null) tempStr = inspect(arg, mergeOpts(inspectOptions, { depth: 0, colors: false, compact: 3 }));
            else tempStr = String(arg);
            break;
          case 'j':
            tempStr = tryStringify(args[a]);
            break;
          case 'd':
            var n = args[a];
            tempStr = typeof n === 'object' && n !== null ? 'NaN' : formatNumber(Number(n));
            break;
          case 'O':
            tempStr = inspect(args[a], inspectOptions);
            break;
          case 'o':
            tempStr = inspect(args[a], mergeOpts(inspectOptions, { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 'i':
            var ni = args[a];
            tempStr = typeof ni === 'object' && ni !== null ? 'NaN' : formatNumber(parseInt(ni, 10));
            break;
          case 'f':
            tempStr = typeof args[a] === 'symbol' ? 'NaN' : formatNumber(parseFloat(args[a]));
            break;
          case 'c':
            tempStr = '';
            break;
          case '%':
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            i++;
            continue;
          default:
            continue;
        }
        if (lastPos !== i) str += first.slice(lastPos, i);
        str += tempStr;
        lastPos = i + 2;
        i++;
        a++;
      }
    }
    if (lastPos !== 0) {
      if (lastPos < first.length) str += first.slice(lastPos);
    } else {
      str = first;
    }
    join = ' ';
  }
  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function mergeOpts(base, extra) {
  var out = {};
  var k;
  for (k in base) out[k] = base[k];
  for (k in extra) out[k] = extra[k];
  return out;
}

function formatNumber(n) {
  if (n === 0 && 1 / n < 0) return '-0';
  return String(n);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err.name === 'TypeError' && /circular/i.test(err.message)) return '[Circular]';
    throw err;
  }
}

var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false
};

var customInspectSymbol = typeof Symbol === 'function' && Symbol['for'] ?
  Symbol['for']('nodejs.util.inspect.custom') : 'inspect';

function inspect(value, opts) {
  var ctx = {
    seen: [],
    indentationLvl: 0,
    currentDepth: 0
  };
  var k;
  for (k in inspectDefaultOptions) ctx[k] = inspectDefaultOptions[k];
  if (arguments.length > 1 && typeof opts === 'boolean') {
    ctx.showHidden = opts;
    if (arguments.length > 2) ctx.depth = arguments[2];
  } else if (opts !== null && typeof opts === 'object') {
    for (k in opts) ctx[k] = opts[k];
  }
  if (ctx.depth === null) ctx.depth = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;
inspect.defaultOptions = inspectDefaultOptions;

var strEscapeRe = /[\x00-\x1f\x27\x5c\x7f]/;
var meta = {
  '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', "'": "\\'", '\\': '\\\\'
};
function strEscape(str) {
  var quote = "'";
  if (!strEscapeRe.test(str)) return quote + str + quote;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = '"';
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = '`';
  }
  var out = '';
  for (var i = 0; i < str.length; i++) {
    var ch = str.charAt(i);
    var code = str.charCodeAt(i);
    if (ch === quote || ch === '\\' || code < 0x20 || code === 0x7f) {
      if (ch === "'" && quote !== "'") out += ch;
      else if (meta[ch] !== undefined) out += meta[ch];
      else out += '\\x' + (code < 16 ? '0' : '') + code.toString(16).toUpperCase();
    } else {
      out += ch;
    }
  }
  return quote + out + quote;
}

function isIdentifier(key) {
  return /^[a-zA-Z_$][a-zA-Z_$0-9]*$/.test(key);
}

function formatPrimitive(value) {
  switch (typeof value) {
    case 'string': return strEscape(value);
    case 'number': return formatNumber(value);
    case 'boolean': return String(value);
    case 'undefined': return 'undefined';
    case 'symbol': return value.toString();
  }
  return String(value);
}

function getConstructorName(obj) {
  var proto = Object.getPrototypeOf(obj);
  if (proto === null) return null;
  var ctor = proto.constructor;
  if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') return ctor.name;
  return getConstructorName(proto) || 'Object';
}

function formatError(err) {
  var stack = err.stack;
  if (typeof stack === 'string' && stack) return stack;
  return Error.prototype.toString.call(err);
}

function formatKey(key) {
  if (typeof key === 'symbol') return '[' + key.toString() + ']';
  return isIdentifier(key) ? key : strEscape(key);
}

function formatValue(ctx, value, recurseTimes) {
  if (value === null) return 'null';
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value);

  if (ctx.customInspect) {
    var maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var ret = maybeCustom.call(value, depth, ctx, inspect);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret;
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) return '[Circular *1]';
  return formatRaw(ctx, value, recurseTimes);
}

function formatRaw(ctx, value, recurseTimes) {
  var keys = Object.keys(value);
  var ctorName = getConstructorName(value);
  var braces;
  var output = [];
  var i;
  var base = '';
  var details;
  var isArr = Array.isArray(value);
  var prefix = ctorName !== 'Object' && ctorName !== 'Array' ?
    (ctorName === null ? '[Object: null prototype] ' : ctorName + ' ') : '';

  if (isArr) {
    braces = [(ctorName === 'Array' ? '' : prefix) + '[', ']'];
    if (value.length === 0 && keys.length === 0) return braces[0] + ']';
    keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
  } else if (typeof value === 'function') {
    var fname = value.name ? ': ' + value.name : ' (anonymous)';
    base = '[Function' + fname + ']';
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Error) {
    base = formatError(value);
    keys = keys.filter(function (k) { return k !== 'stack' && k !== 'message'; });
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof RegExp) {
    base = RegExp.prototype.toString.call(value);
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Date) {
    base = isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if (value instanceof Boolean || value instanceof Number || value instanceof String) {
    var type = value instanceof Boolean ? 'Boolean' : value instanceof Number ? 'Number' : 'String';
    base = '[' + type + ': ' + formatPrimitive(value.valueOf()) + ']';
    if (value instanceof String) keys = keys.filter(function (k) { return !/^(0|[1-9][0-9]*)$/.test(k); });
    if (keys.length === 0) return base;
    braces = ['{', '}'];
  } else if ((details = internalBinding('promise').getPromiseDetails(value)) !== undefined) {
    // Promise { <pending> }, Promise { 42 }, Promise { <rejected> reason }
    braces = [prefix + '{', '}'];
    ctx.seen.push(value);
    output.push(details[0] === 0 ? '<pending>' :
      (details[0] === 2 ? '<rejected> ' : '') + formatValue(ctx, details[1], recurseTimes + 1));
    ctx.seen.pop();
  } else {
    braces = [prefix + '{', '}'];
    if (keys.length === 0) return prefix + '{}';
  }

  if (recurseTimes > ctx.depth && ctx.depth !== Infinity) {
    return isArr ? '[Array]' : '[' + (ctorName || 'Object') + ']';
  }

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  if (isArr) {
    var len = Math.min(value.length, ctx.maxArrayLength);
    var holes = 0;
    for (i = 0; i < len; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
        holes = 0;
      }
      output.push(formatValue(ctx, value[i], recurseTimes + 1));
    }
    if (holes > 0) output.push('<' + holes + ' empty item' + (holes > 1 ? 's' : '') + '>');
    if (value.length > len) {
      var more = value.length - len;
      output.push('... ' + more + ' more item' + (more > 1 ? 's' : ''));
    }
  }
  for (i = 0; i < keys.length; i++) {
    var key = keys[i];
    var desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key] };
    var str;
    if (desc.get !== undefined || desc.set !== undefined) {
      str = desc.get !== undefined ? (desc.set !== undefined ? '[Getter/Setter]' : '[Getter]') : '[Setter]';
    } else {
      str = formatValue(ctx, desc.value, recurseTimes + 1);
    }
    output.push(formatKey(key) + ': ' + str);
  }
  ctx.seen.pop();

  if (base) braces[0] = base + ' ' + braces[0];
  return reduceToSingleString(ctx, output, braces, isArr);
}

function reduceToSingleString(ctx, output, braces, isArr) {
  var start = output.length + ctx.indentationLvl + braces[0].length + 10;
  var totalLength = 0;
  for (var i = 0; i < output.length; i++) totalLength += output[i].length;
  if (totalLength + output.length <= ctx.breakLength - start + output.length + 10 &&
      output.join('').indexOf('\n') === -1 && totalLength + start <= ctx.breakLength) {
    return braces[0] + ' ' + output.join(', ') + ' ' + braces[1];
  }
  var indentation = '\n' + new Array(ctx.indentationLvl + 3).join(' ');
  return braces[0] + indentation + output.map(function (o) {
    return o.split('\n').join(indentation);
  }).join(',' + indentation) + '\n' + braces[1];
}

function inherits(ctor, superCtor) {
  if (typeof ctor !== 'function' || typeof superCtor !== 'function' || superCtor.prototype === undefined) {
    var err = new TypeError('The "ctor" and "superCtor" arguments must be of type function');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function deprecate(fn, msg, code) {
  var warned = false;
  function deprecated() {
    if (!warned && !process.noDeprecation) {
      warned = true;
      process.emitWarning(msg, 'DeprecationWarning', code);
    }
    if (this instanceof deprecated) {
      var args = [null].concat(Array.prototype.slice.call(arguments));
      return new (Function.prototype.bind.apply(fn, args))();
    }
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inspect = inspect;
exports.inherits = inherits;
exports.deprecate = deprecate;
exports.isArray = Array.isArray;
