// Array.prototype.sort with comparators over numbers, strings and objects.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  var seed = 12345;
  function rand() {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  }

  var check = 0;
  for (var round = 0; round < 4; round++) {
    var nums = [], strs = [], objs = [];
    for (var i = 0; i < 30000; i++) {
      var r = rand();
      nums.push(r);
      strs.push('k' + (r % 100000));
      objs.push({ key: r % 1000, seq: i });
    }
    nums.sort(function (a, b) { return a - b; });
    strs.sort();
    objs.sort(function (a, b) { return a.key - b.key || a.seq - b.seq; });
    check = (check + nums[100] + strs[200].length + objs[300].seq) % 1000000007;
  }
  out('sort ' + check);
})();
