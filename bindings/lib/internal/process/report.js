// Uncaught exceptions: 'uncaughtException' listeners, or Node's report on
// stderr (the throw site, the stack) before the runtime exits with code 1.
// A host with its own handler (duv_config_t.uncaught) gets the report first,
// through binding.hostUncaught, which only such a runtime has.
// Returns true when a listener or the host handled the error, false (exit 1),
// or the exit code Node uses when a listener itself threw (7).
'use strict';

var binding = internalBinding('process');
var errors = internalBinding('errors');
var loader = internalBinding('loader');

function onUncaughtException(err, origin) {
  if (origin === undefined) origin = 'uncaughtException';
  // Before any listener runs: a throw caught inside one would replace it.
  var site = errors.throwSite(err);
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, origin);
    } catch (listenerError) {
      // Node reports the listener's error like any uncaught one and exits 7
      // at once: no 'exit' event.
      var listenerText = formatUncaught(listenerError);
      if (binding.hostUncaught !== undefined && binding.hostUncaught(listenerError, listenerText)) {
        return true;
      }
      binding.write(2, listenerText);
      process._exiting = true;
      return 7;
    }
    return true;
  }
  var text = formatUncaught(err, site);
  if (binding.hostUncaught !== undefined && binding.hostUncaught(err, text)) return true;
  binding.write(2, text);
  process.exitCode = 1;
  return false;
}

// Node's report: the throw site ("file:line", the source line, a caret under
// the throw), a blank line, the stack and the error's own enumerable
// properties; a thrown non-error prints as its value. Duktape has no columns,
// so the caret is printed only where the source line itself shows the column:
// a throw statement, the only `throw` on its line.
function formatUncaught(err, site) {
  var isError = isErrorValue(err);
  if (site === undefined) site = errors.throwSite(err);
  if (isError) {
    var own = errors.errorSite(err);
    if (own && (own.syntax || !site)) site = own;
  }
  var head = site && typeof site.file === 'string' && site.line > 0 ? siteText(site) : '';
  var out;
  if (isError) {
    var stack;
    try {
      stack = err.stack; // formats now; a hostile getter must not hide the error
    } catch (e) {
      stack = undefined;
    }
    var text = typeof stack === 'string' && stack ? stack : safeString(err);
    var extra = ownExtras(err);
    if (extra) text += ' ' + extra;
    out = (head ? head + '\n' : '') + text;
  } else {
    var primitive = err === null || (typeof err !== 'object' && typeof err !== 'function');
    out = '\n' + head + (primitive ? String(err) : describeValue(err));
  }
  return out + '\n\nNode.js ' + process.version + ' (duv ' + process.versions.duv + ')\n';
}

function safeString(v) {
  try {
    return String(v);
  } catch (e) {
    return Object.prototype.toString.call(v);
  }
}

function isErrorValue(v) {
  return v !== null && typeof v === 'object' &&
    (v instanceof Error || Object.prototype.toString.call(v) === '[object Error]');
}

// "file:line\n<source line>\n[<caret>\n]"
function siteText(site) {
  var lines = sourceLines(site.file);
  var line = site.line;
  // A syntax error at the end of input: Duktape blames the line of the
  // module wrapper's closing brace, one past the file; V8 the file's last.
  if (lines && site.syntax && line > lines.length) line = lines.length;
  var out = site.file + ':' + line + '\n';
  if (!lines || line > lines.length) return out;
  var src = lines[line - 1];
  if (src.charAt(src.length - 1) === '\r') src = src.slice(0, -1);
  out += src + '\n';
  var throwRe = /(^|[^\w$])throw(?![\w$])/g;
  var m = site.statement ? src.match(throwRe) : null;
  if (m && m.length === 1) {
    var col = src.search(throwRe);
    if (src.charAt(col) !== 't') col++;
    out += src.slice(0, col).replace(/[^\t]/g, ' ') + '^\n';
  }
  return out;
}

// Sources that are not files: the code of `duv -e` ("[eval]").
var scriptSources = Object.create(null);
function setScriptSource(name, text) {
  scriptSources[name] = text;
}

function sourceLines(file) {
  if (typeof scriptSources[file] === 'string') return scriptSources[file].split('\n');
  if (file.indexOf('node:') === 0) {
    var builtin = errors.builtinSource(file.slice(5));
    return typeof builtin === 'string' ? builtin.split('\n') : null;
  }
  try {
    return loader.readFileUtf8(file).split('\n');
  } catch (e) {
    return null;
  }
}

// Node shows an error's own enumerable properties after its stack: { code: 'X' }.
function ownExtras(err) {
  var keys = Object.keys(err);
  var parts = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k === 'stack' || k === 'message') continue;
    // As util.inspect does: a name the stack already shows is not repeated.
    if (k === 'name' && typeof err.name === 'string' && typeof err.stack === 'string' &&
        err.stack.indexOf(err.name) !== -1) continue;
    parts.push(k + ': ' + describeValue(err[k]));
  }
  return parts.length ? '{\n  ' + parts.join(',\n  ') + '\n}' : '';
}

function describeValue(v) {
  if (typeof v === 'string') return "'" + v.replace(/'/g, "\\'") + "'";
  try {
    var util = require('util');
    return util.inspect(v);
  } catch (e) {
    return String(v);
  }
}

exports.onUncaughtException = onUncaughtException;
exports.formatUncaught = formatUncaught;
exports.setScriptSource = setScriptSource;
