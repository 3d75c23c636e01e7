// Strings built the linear way (pieces joined once), then split, searched
// and sliced.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  var total = 0;
  for (var round = 0; round < 36; round++) {
    var parts = [];
    for (var i = 0; i < 20000; i++) {
      parts.push(words[(i * 7 + round) & 7] + ':' + i);
    }
    var text = parts.join(',');
    var fields = text.split(',');
    for (var j = 0; j < fields.length; j++) {
      var f = fields[j];
      var colon = f.indexOf(':');
      total += colon + f.slice(colon + 1).length + f.charCodeAt(0);
    }
    total += text.toUpperCase().lastIndexOf('THETA') + text.substring(100, 200).length;
    total %= 1000000007;
  }
  out('strings ' + total);
})();
