// Run by examples/host-module.c, which adds the module 'host'.
var host = require('host');
var sword = new host.Item('sword');
var arrows = new host.Item('arrow', 20);
console.log(sword.describe() + ', ' + arrows.describe() + '; gold: ' + host.gold(25));
