// util.parseArgs: short groups, inline values, multiple, defaults, tokens,
// strict errors, configuration checks, the script's own arguments. Expected
// lines are node's answers (run as: node test-util-parse-args.js a b).
// args: a b
'use strict';
var util = require('util');
var out = [];
function log(s) { out.push(String(s)); }
function t(cfg) { try { var r = util.parseArgs(cfg); return JSON.stringify([Object.getPrototypeOf(r.values) === null, r.values, r.positionals, r.tokens]); } catch (e) { return e.name + '|' + e.code + '|' + e.message; } }
var opts = { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' }, many: { type: 'string', multiple: true, short: 'm' }, flag: { type: 'boolean', multiple: true } };
var cases = [
  { args: ['-f', '--bar', 'x'], options: opts },
  { args: ['-fb', 'x'], options: opts },
  { args: ['-bx', '-fbval'], options: opts },
  { args: ['--bar=1', '--many', 'a', '-m', 'b', '-mc', '--flag', '--flag'], options: opts },
  { args: ['--unknown'], options: opts },
  { args: ['-u'], options: opts },
  { args: ['-fu'], options: opts },
  { args: ['--bar'], options: opts },
  { args: ['-b'], options: opts },
  { args: ['--foo=1'], options: opts },
  { args: ['--bar', '-f'], options: opts },
  { args: ['--bar', '--foo'], options: opts },
  { args: ['pos'], options: opts },
  { args: ['pos', '--', '--foo'], options: opts, allowPositionals: true },
  { args: ['pos', '-', '--foo', '--'], options: opts, allowPositionals: true, tokens: true },
  { args: ['--unknown', 'x', '-z', '--u=1', 'p', '-fz'], options: opts, strict: false },
  { args: ['-bfoo', '--bar=', '--bar', ''], options: opts, tokens: true },
  { args: [], options: { d: { type: 'string', default: 'dv' }, e: { type: 'boolean', default: false }, m: { type: 'string', multiple: true, default: ['a'] } } },
  { args: ['--d', 'x'], options: { d: { type: 'string', default: 'dv' } } },
  { args: [], options: { d: { type: 'string', default: 5 } } },
  { args: [], options: { d: { type: 'string', multiple: true, default: 'x' } } },
  { args: [], options: { d: { type: 'number' } } },
  { args: [], options: { d: { type: 'string', short: 'dd' } } },
  { args: [], options: { d: { type: 'string', short: 5 } } },
  { args: [], options: { d: 5 } },
  { args: [], options: { d: { type: 'boolean', multiple: 'x' } } },
  { args: 'x' },
  { args: [], strict: 'x' },
  { args: [], options: 5 },
  { args: [5] },
  { args: ['--__proto__', '--constructor'], strict: false },
  { args: ['-abc'], strict: false },
  { args: ['--', 'x'], options: opts },
  { args: ['---x'], strict: false, tokens: true },
  { args: ['-b', '--', 'x'], options: opts, tokens: true, allowPositionals: true },
  { args: ['-m', '-x'], options: opts },
  { args: ['--bar', '-'], options: opts }
];
log(cases.map(t).join('\n'));
try { util.parseArgs(5); } catch (e) { log(e.code + ' ' + e.message); }

function tk(args, o) { try { return JSON.stringify(util.parseArgs({ args: args, options: o, tokens: true, strict: false })); } catch (e) { return e.message; } }
var o2 = { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' } };
log(tk(['-fb', 'x', 'p', '-fbv', '-ff', '--bar', 'y', 'q', '-b'], o2));
log(tk(['-xyz', 'a', '--', '-f'], o2));

var expected = [
  "[true,{\"foo\":true,\"bar\":\"x\"},[],null]",
  "[true,{\"foo\":true,\"bar\":\"x\"},[],null]",
  "[true,{\"bar\":\"val\",\"foo\":true},[],null]",
  "[true,{\"bar\":\"1\",\"many\":[\"a\",\"b\",\"c\"],\"flag\":[true,true]},[],null]",
  "TypeError|ERR_PARSE_ARGS_UNKNOWN_OPTION|Unknown option '--unknown'",
  "TypeError|ERR_PARSE_ARGS_UNKNOWN_OPTION|Unknown option '-u'",
  "TypeError|ERR_PARSE_ARGS_UNKNOWN_OPTION|Unknown option '-u'",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '-b, --bar <value>' argument missing",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '-b, --bar <value>' argument missing",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '-f, --foo' does not take an argument",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '--bar' argument is ambiguous.",
  "Did you forget to specify the option argument for '--bar'?",
  "To specify an option argument starting with a dash use '--bar=-XYZ'.",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '--bar' argument is ambiguous.",
  "Did you forget to specify the option argument for '--bar'?",
  "To specify an option argument starting with a dash use '--bar=-XYZ'.",
  "TypeError|ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL|Unexpected argument 'pos'. This command does not take positional arguments",
  "[true,{},[\"pos\",\"--foo\"],null]",
  "[true,{\"foo\":true},[\"pos\",\"-\"],[{\"kind\":\"positional\",\"index\":0,\"value\":\"pos\"},{\"kind\":\"positional\",\"index\":1,\"value\":\"-\"},{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"--foo\",\"index\":2},{\"kind\":\"option-terminator\",\"index\":3}]]",
  "[true,{\"unknown\":true,\"z\":true,\"u\":\"1\",\"foo\":true},[\"x\",\"p\"],null]",
  "[true,{\"bar\":\"\"},[],[{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"-b\",\"index\":0,\"value\":\"foo\",\"inlineValue\":true},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"--bar\",\"index\":1,\"value\":\"\",\"inlineValue\":true},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"--bar\",\"index\":2,\"value\":\"\",\"inlineValue\":false}]]",
  "[true,{\"d\":\"dv\",\"e\":false,\"m\":[\"a\"]},[],null]",
  "[true,{\"d\":\"x\"},[],null]",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d.default\" property must be of type string. Received type number (5)",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d.default\" property must be an instance of Array. Received type string ('x')",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d.type\" property must be ('string|boolean'). Received type string ('number')",
  "TypeError|ERR_INVALID_ARG_VALUE|The property 'options.d.short' must be a single character. Received 'dd'",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d.short\" property must be of type string. Received type number (5)",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d\" property must be of type object. Received type number (5)",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options.d.multiple\" property must be of type boolean. Received type string ('x')",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"args\" argument must be an instance of Array. Received type string ('x')",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"strict\" argument must be of type boolean. Received type string ('x')",
  "TypeError|ERR_INVALID_ARG_TYPE|The \"options\" argument must be of type object. Received type number (5)",
  "TypeError|ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL|Unexpected argument '5'. This command does not take positional arguments",
  "[true,{\"constructor\":true},[],null]",
  "[true,{\"a\":true,\"b\":true,\"c\":true},[],null]",
  "TypeError|ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL|Unexpected argument 'x'. This command does not take positional arguments",
  "[true,{\"-x\":true},[],[{\"kind\":\"option\",\"name\":\"-x\",\"rawName\":\"---x\",\"index\":0}]]",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '-b' argument is ambiguous.",
  "Did you forget to specify the option argument for '-b'?",
  "To specify an option argument starting with a dash use '--bar=-XYZ' or '-b-XYZ'.",
  "TypeError|ERR_PARSE_ARGS_INVALID_OPTION_VALUE|Option '-m' argument is ambiguous.",
  "Did you forget to specify the option argument for '-m'?",
  "To specify an option argument starting with a dash use '--many=-XYZ' or '-m-XYZ'.",
  "[true,{\"bar\":\"-\"},[],null]",
  "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL Unexpected argument 'a'. This command does not take positional arguments",
  "{\"values\":{\"foo\":true,\"bar\":true},\"positionals\":[\"p\",\"q\"],\"tokens\":[{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"-f\",\"index\":0},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"-b\",\"index\":0,\"value\":\"x\",\"inlineValue\":false},{\"kind\":\"positional\",\"index\":2,\"value\":\"p\"},{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"-f\",\"index\":3},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"-b\",\"index\":3,\"value\":\"v\",\"inlineValue\":true},{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"-f\",\"index\":4},{\"kind\":\"option\",\"name\":\"foo\",\"rawName\":\"-f\",\"index\":4},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"--bar\",\"index\":5,\"value\":\"y\",\"inlineValue\":false},{\"kind\":\"positional\",\"index\":7,\"value\":\"q\"},{\"kind\":\"option\",\"name\":\"bar\",\"rawName\":\"-b\",\"index\":8}]}",
  "{\"values\":{\"x\":true,\"y\":true,\"z\":true},\"positionals\":[\"a\",\"-f\"],\"tokens\":[{\"kind\":\"option\",\"name\":\"x\",\"rawName\":\"-x\",\"index\":0},{\"kind\":\"option\",\"name\":\"y\",\"rawName\":\"-y\",\"index\":0},{\"kind\":\"option\",\"name\":\"z\",\"rawName\":\"-z\",\"index\":0},{\"kind\":\"positional\",\"index\":1,\"value\":\"a\"},{\"kind\":\"option-terminator\",\"index\":2},{\"kind\":\"positional\",\"index\":3,\"value\":\"-f\"}]}"
  ];
var got = out.join('\n').split('\n');
var failures = [];
for (var i = 0; i < Math.max(got.length, expected.length); i++) {
  if (got[i] !== expected[i]) failures.push('line ' + (i + 1) + ':\n  got:  ' + got[i] + '\n  want: ' + expected[i]);
}
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
