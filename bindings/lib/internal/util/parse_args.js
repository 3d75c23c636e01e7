// util.parseArgs: command-line arguments into options and positionals, with
// Node 20's configuration checks, tokens and errors.
'use strict';

var errors = require('internal/util/errors');

function hasOwn(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
// An option's setting, ignoring what objects inherit.
function setting(options, name, key) {
  return hasOwn(options, name) && options[name] !== null && typeof options[name] === 'object' &&
    hasOwn(options[name], key) ? options[name][key] : undefined;
}

function typeError(code, message) { return errors.nodeError(TypeError, code, message); }

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw errors.invalidArgType(name, 'of type boolean', value);
}
function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw errors.invalidArgType(name, 'of type object', value);
  }
}
function validateArray(value, name) {
  if (!Array.isArray(value)) throw errors.invalidArgType(name, 'an instance of Array', value);
}

// The script's arguments: after the script, or after the program for -e/-p.
function mainArgs() {
  var exec = process.execArgv;
  for (var i = 0; i < exec.length; i++) {
    if (/^(?:-e|--eval|-p|--print|-pe)$/.test(exec[i]) || /^--(?:eval|print)=/.test(exec[i])) {
      return process.argv.slice(1);
    }
  }
  return process.argv.slice(2);
}

function validateOptions(options) {
  var names = Object.keys(options);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    var o = options[name];
    var where = 'options.' + name;
    validateObject(o, where);
    var type = setting(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw errors.nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + where + '.type" property must be (\'string|boolean\'). ' +
        errors.describeReceived(type));
    }
    if (hasOwn(o, 'short')) {
      var short = o.short;
      validateString(short, where + '.short');
      if (short.length !== 1) {
        throw typeError('ERR_INVALID_ARG_VALUE', "The property '" + where + ".short' must be a single character. Received " +
          require('internal/util/inspect').inspect(short));
      }
    }
    var multiple = setting(options, name, 'multiple');
    if (hasOwn(o, 'multiple')) validateBoolean(multiple, where + '.multiple');
    var dflt = setting(options, name, 'default');
    if (dflt !== undefined) {
      var check = type === 'string' ? validateString : validateBoolean;
      if (multiple) {
        validateArray(dflt, where + '.default');
        for (var j = 0; j < dflt.length; j++) check(dflt[j], where + '.default[' + j + ']');
      } else {
        check(dflt, where + '.default');
      }
    }
  }
}

function longForShort(short, options) {
  var names = Object.keys(options);
  for (var i = 0; i < names.length; i++) {
    if (setting(options, names[i], 'short') === short) return names[i];
  }
  return short;
}

function isStringOption(name, options) { return setting(options, name, 'type') === 'string'; }

// The arguments as Node's tokens: options (name, rawName, index, value,
// inlineValue), positionals and the '--' terminator.
function tokenize(args, options) {
  var tokens = [];
  var index = -1;
  var groupCount = 0;
  var queue = args.slice();
  while (queue.length > 0) {
    var arg = queue.shift();
    var next = queue[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: index });
      for (var r = 0; r < queue.length; r++) tokens.push({ kind: 'positional', index: ++index, value: queue[r] });
      break;
    }
    var name, value, inline;
    if (arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-') {
      // -f [value]
      name = longForShort(arg.charAt(1), options);
      value = undefined;
      inline = undefined;
      if (isStringOption(name, options) && next !== undefined) {
        value = queue.shift();
        inline = false;
      }
      tokens.push({ kind: 'option', name: name, rawName: arg, index: index, value: value, inlineValue: inline });
      if (value !== undefined) index++;
      continue;
    }
    if (arg.length > 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-') {
      if (isStringOption(longForShort(arg.charAt(1), options), options)) {
        // -fVALUE
        name = longForShort(arg.charAt(1), options);
        tokens.push({ kind: 'option', name: name, rawName: arg.slice(0, 2), index: index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // -abc: one option per letter, until one that takes the rest as value.
      var expanded = [];
      for (var k = 1; k < arg.length; k++) {
        var letter = arg.charAt(k);
        if (!isStringOption(longForShort(letter, options), options) || k === arg.length - 1) {
          expanded.push('-' + letter);
        } else {
          expanded.push('-' + letter + arg.slice(k + 1));
          break;
        }
      }
      queue = expanded.concat(queue);
      groupCount = expanded.length;
      continue;
    }
    if (arg.length > 2 && arg.slice(0, 2) === '--') {
      var eq = arg.indexOf('=');
      if (eq === -1) {
        name = arg.slice(2);
        value = undefined;
        inline = undefined;
        if (isStringOption(name, options) && next !== undefined) {
          value = queue.shift();
          inline = false;
        }
        tokens.push({ kind: 'option', name: name, rawName: arg, index: index, value: value, inlineValue: inline });
        if (value !== undefined) index++;
      } else {
        tokens.push({ kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index: index,
          value: arg.slice(eq + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index: index, value: arg });
  }
  return tokens;
}

function checkOption(token, options, allowPositionals) {
  var name = token.name;
  if (!hasOwn(options, name)) {
    var msg = "Unknown option '" + token.rawName + "'";
    if (allowPositionals) {
      msg += ". To specify a positional argument starting with a '-', place it at the end of the command after " +
        "'--', as in '-- \"" + token.rawName + '"';
    }
    throw typeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', msg);
  }
  var short = setting(options, name, 'short');
  var shortAndLong = short !== undefined ? '-' + short + ', --' + name : '--' + name;
  if (setting(options, name, 'type') === 'string') {
    if (typeof token.value !== 'string') {
      throw typeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + " <value>' argument missing");
    }
    if (!token.inlineValue && token.value.length > 1 && token.value.charAt(0) === '-') {
      var example = token.rawName.slice(0, 2) === '--' ? "'--" + name + "=-XYZ'" :
        "'--" + name + "=-XYZ' or '" + token.rawName + "-XYZ'";
      throw typeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + token.rawName + "' argument is ambiguous.\n" +
        "Did you forget to specify the option argument for '" + token.rawName + "'?\n" +
        'To specify an option argument starting with a dash use ' + example + '.');
    }
  } else if (token.value !== undefined) {
    throw typeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', "Option '" + shortAndLong + "' does not take an argument");
  }
}

function store(values, name, value, options) {
  if (name === '__proto__') return;
  var v = value === undefined ? true : value;
  if (setting(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

function parseArgs(config) {
  if (config === undefined || config === null) config = {};
  var args = hasOwn(config, 'args') && config.args !== undefined ? config.args : mainArgs();
  var strict = hasOwn(config, 'strict') && config.strict !== undefined ? config.strict : true;
  var allowPositionals = hasOwn(config, 'allowPositionals') && config.allowPositionals !== undefined ?
    config.allowPositionals : !strict;
  var returnTokens = hasOwn(config, 'tokens') && config.tokens !== undefined ? config.tokens : false;
  var options = hasOwn(config, 'options') && config.options !== undefined ? config.options : {};
  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateObject(options, 'options');
  validateOptions(options);

  var result = { values: Object.create(null), positionals: [] };
  var tokens = tokenize(args, options);
  for (var i = 0; i < tokens.length; i++) {
    var t = tokens[i];
    if (t.kind === 'option') {
      if (strict) checkOption(t, options, allowPositionals);
      store(result.values, t.name, t.value, options);
    } else if (t.kind === 'positional') {
      if (!allowPositionals) {
        throw typeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '" + t.value +
          "'. This command does not take positional arguments");
      }
      result.positionals.push(t.value);
    }
  }
  var names = Object.keys(options);
  for (var j = 0; j < names.length; j++) {
    var dflt = setting(options, names[j], 'default');
    if (dflt !== undefined && result.values[names[j]] === undefined) result.values[names[j]] = dflt;
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

exports.parseArgs = parseArgs;
