// Recursive calls: the cost of a JS function call and of small integer math.
var out = typeof print === 'function' ? print : function (s) { console.log(s); };

// Everything in a function: locals, not global-object properties, in every host.
(function () {
  function fib(n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  out('fib ' + fib(33));
})();
