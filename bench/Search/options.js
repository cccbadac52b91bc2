// The search benchmarks' command-line options: option(name, fallback) takes `--name value` out
// of the arguments, so that what remains is the list of queries.
"use strict";
module.exports = function options(args) {
  return function option(name, fallback) {
    const at = args.indexOf(name);
    if (at < 0) return fallback;
    const value = args[at + 1];
    args.splice(at, 2);
    return value;
  };
};
