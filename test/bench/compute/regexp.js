// Regular expressions: global matching, captures, replace with a function
// and test over generated log lines.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  var lines = [];
  for (var i = 0; i < 4000; i++) {
    lines.push('2024-0' + (1 + i % 9) + '-1' + (i % 10) + 'T12:' + (10 + i % 50) + ':00Z ' +
               (i % 5 === 0 ? 'ERROR' : 'INFO') + ' user' + i + '@example.com requested /api/v' +
               (i % 3) + '/items/' + i * 7 + ' in ' + (i % 977) + 'ms');
  }
  var text = lines.join('\n');

  var dateRe = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/g;
  var mailRe = /[a-z0-9]+@[a-z]+\.[a-z]{2,}/g;
  var pathRe = /\/api\/v(\d)\/items\/(\d+)/;
  var errRe = /^\S+ ERROR /;

  var total = 0;
  for (var round = 0; round < 8; round++) {
    var m;
    dateRe.lastIndex = 0;
    while ((m = dateRe.exec(text)) !== null) total += +m[2] + +m[5];
    total += text.match(mailRe).length;
    for (var j = 0; j < lines.length; j++) {
      var p = pathRe.exec(lines[j]);
      if (p) total += +p[1];
      if (errRe.test(lines[j])) total++;
    }
    total += text.replace(/\d+ms/g, function (s) { return s.length; }).length;
    total %= 1000000007;
  }
  out('regexp ' + total);
})();
