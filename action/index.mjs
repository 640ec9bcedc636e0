import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PASSES,
  UsageError,
  parseDocumentCached,
  require_ignore,
  require_picomatch,
  rewrite,
  selectPasses
} from "./chunk-LAEOPEOS.mjs";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-YSYEKVYX.mjs";

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse3;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse3(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// src/pr/command.ts
import fs5 from "node:fs";
import path4 from "node:path";

// src/config.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import fs from "node:fs";
import path from "node:path";
var CONFIG_FILE = ".dockerfix.json";
var ConfigError = class extends Error {
};
var KEYS = {
  passes: passList,
  skip: passList,
  unsafe: (v2) => typeof v2 === "boolean" ? null : "must be true or false",
  cacheStrategy: (v2) => v2 === "clean" || v2 === "mount" ? null : 'must be "clean" or "mount"',
  paths: relativePaths,
  ignore: globList,
  branchPrefix,
  labels: (v2) => isStringArray(v2) && v2.every((l) => l.trim() !== "" && l.length <= 50) ? null : "must be an array of label names (1 to 50 characters)"
};
function isStringArray(v2) {
  return Array.isArray(v2) && v2.every((s) => typeof s === "string");
}
function passList(v2) {
  if (!isStringArray(v2)) return "must be an array of pass ids";
  const unknown = v2.find((id2) => !PASSES.some((p) => p.id === id2));
  return unknown === void 0 ? null : `unknown pass "${unknown}" (passes: ${PASSES.map((p) => p.id).join(", ")})`;
}
function relativePaths(v2) {
  if (!isStringArray(v2) || v2.length === 0) return "must be a non-empty array of paths";
  const bad = v2.find((p) => p === "" || path.isAbsolute(p) || p.split(/[\\/]/).includes(".."));
  return bad === void 0 ? null : `"${bad}" must be a path inside the repository (relative, without "..")`;
}
function globList(v2) {
  if (!isStringArray(v2)) return "must be an array of globs";
  const bad = v2.find((g) => g.trim() === "" || path.isAbsolute(g));
  return bad === void 0 ? null : `"${bad}" must be a glob relative to the repository root`;
}
function branchPrefix(v2) {
  if (typeof v2 !== "string") return "must be a string";
  if (/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|^\.|\/\.|\.lock\//.test(v2)) return `"${v2}" is not usable in a git branch name`;
  return null;
}
function parseConfig(text, name = CONFIG_FILE) {
  let raw;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ConfigError(`${name}: not valid JSON (${error.message})`);
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError(`${name}: must be a JSON object`);
  const config = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === "$schema") continue;
    const check = KEYS[key];
    if (!check) throw new ConfigError(`${name}: unknown key "${key}" (keys: ${Object.keys(KEYS).join(", ")})`);
    const problem = check(value, key);
    if (problem) throw new ConfigError(`${name}: "${key}" ${problem}`);
    config[key] = value;
  }
  return config;
}
function readConfig(dir, name) {
  const file = path.join(dir, CONFIG_FILE);
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw new ConfigError(`${name ?? file}: cannot read (${error.code ?? error.message})`);
  }
  return parseConfig(text, name ?? file);
}
function ignoreMatcher(config) {
  if (!config.ignore?.length) return () => false;
  const match = (0, import_picomatch.default)(config.ignore, { dot: true });
  return (rel) => {
    const p = rel.split(path.sep).join("/");
    return match(p) || config.ignore.some((g) => !/[*?[{]/.test(g) && p.startsWith(`${g.replace(/\/+$/, "")}/`));
  };
}

// src/files.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs3 from "node:fs";
import path2 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path5) {
  let normalized = normalize(path5);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path5, separator) {
  return path5.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path5) {
  return path5 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path5);
}
function normalizePath(path5, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path5.includes("/") || path5.startsWith(".");
  if (resolvePaths) path5 = resolve(path5);
  if (normalizePath$1 || pathNeedsCleaning) path5 = cleanPath(path5);
  if (path5 === ".") return "";
  const needsSeperator = path5[path5.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path5 + pathSeparator : path5, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths: relativePaths2, includeBasePath } = options;
  return relativePaths2 && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path5 = directoryPath || ".";
  if (filters.every((filter) => filter(path5, true))) paths.push(path5);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths: relativePaths2 } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths2) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path5, state, callback$1) {
  const { queue, fs: fs6, options: { suppressErrors } } = state;
  queue.enqueue();
  fs6.realpath(path5, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs6.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path5, state, callback$1) {
  const { queue, fs: fs6, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs6.realpathSync(path5);
    const stat2 = fs6.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path5, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path5, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path5);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path5, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs: fs6 } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs6.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs: fs6 } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs6.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path5 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path5)) continue;
        this.pushDirectory(path5, paths, filters);
        this.walkDirectory(this.state, path5, path5, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path5 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path5, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path5 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path5 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path5;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn2) {
    this.globFunction = fn2;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path5) => isMatch(path5));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch2 = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j2;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j2 = 0; j2 < partsCount; j2++) partMatchers[j2] = (0, import_picomatch2.default)(parts[j2], options);
    matchers[i] = partMatchers;
  }
  return (input2) => {
    const inputParts = input2.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input2)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j2 = 0;
      while (j2 < minParts) {
        const part = patternParts[j2];
        if (part.includes("/")) return true;
        if (!matcher[j2](inputParts[j2])) break;
        if (!options.noglobstar && part === "**") return true;
        j2++;
      }
      if (j2 === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path5) {
  return path5.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path5) {
  var _result$parts;
  const result = import_picomatch2.default.scan(path5, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path5];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path5) => path5.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path5) => path5.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch2.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch2.default)(processed.match, matchOptions);
  const ignore2 = (0, import_picomatch2.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_2, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore2(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      const matches = matcher(path5) && !ignore2(path5);
      if (matches) log(`matched ${path5}`);
      return matches;
    } : (p, isDirectory) => {
      const path5 = format(p, isDirectory);
      return matcher(path5) && !ignore2(path5);
    }],
    exclude: debug ? (_2, p) => {
      const skipped = excludePredicate(_2, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/io.ts
import fs2 from "node:fs";
var MAX_BYTES = 1024 * 1024;
var InputError = class extends Error {
};
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeDockerfile(bytes, name) {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  if (bytes.length > MAX_BYTES) throw new InputError(`${name}: file too large (${bytes.length} bytes; the limit is ${MAX_BYTES})`);
  if (bytes.includes(0)) throw new InputError(`${name}: binary file, not a Dockerfile`);
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new InputError(`${name}: empty file`);
  const doc = parseDocumentCached(text);
  if (!doc.instructions.some((i) => i.keyword === "FROM")) {
    throw new InputError(`${name}: not a Dockerfile (no FROM instruction)`);
  }
  return text;
}
function readDockerfile(file) {
  let bytes;
  try {
    const stat2 = fs2.statSync(file);
    if (stat2.isDirectory()) throw new InputError(`${file}: is a directory`);
    if (stat2.size > MAX_BYTES) throw new InputError(`${file}: file too large (${stat2.size} bytes; the limit is ${MAX_BYTES})`);
    bytes = fs2.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: ${describeFsError(error)}`);
  }
  return decodeDockerfile(bytes, file);
}
function describeFsError(error) {
  const code = error.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a component of the path is not a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return error.message ?? String(error);
  }
}

// src/files.ts
var NAME_PATTERNS = ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile", "**/Containerfile.*"];
var NOT_DOCKERFILES = /\.(dockerignore|md|txt|orig|rej|bak|swp|tmp|template|tpl|j2|erb|in)$/i;
function isDockerfileName(name) {
  const base = path2.basename(name);
  if (NOT_DOCKERFILES.test(base)) return false;
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(base) || /\.[Dd]ockerfile$/.test(base);
}
async function discover(inputs) {
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const errors = [];
  const add = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    files.push(f);
  };
  for (const input2 of inputs.length ? inputs : ["."]) {
    if (input2 === "-") {
      add("-");
      continue;
    }
    if (isDynamicPattern(input2) && !fs3.existsSync(input2)) {
      const matches = (await glob(input2, { dot: true, ignore: ["**/.git/**", "**/node_modules/**"], onlyFiles: false })).sort();
      if (matches.length === 0) errors.push(new InputError(`${input2}: no file matches`));
      for (const m of matches) {
        if (fs3.statSync(m).isDirectory()) (await searchDirectory(m)).forEach(add);
        else add(m);
      }
      continue;
    }
    let stat2;
    try {
      stat2 = fs3.statSync(input2);
    } catch (error) {
      errors.push(new InputError(`${input2}: ${describeFsError(error)}`));
      continue;
    }
    if (stat2.isDirectory()) {
      const found = await searchDirectory(input2);
      if (found.length === 0) errors.push(new InputError(`${input2}: no Dockerfile found in this directory`));
      found.forEach(add);
    } else {
      add(input2);
    }
  }
  return { files, errors };
}
async function searchDirectory(dir) {
  const found = await glob([...NAME_PATTERNS, "**/.gitignore"], {
    cwd: dir,
    dot: true,
    ignore: ["**/.git/**", "**/node_modules/**"],
    followSymbolicLinks: false
  });
  const matchers = /* @__PURE__ */ new Map();
  for (const g of found) {
    if (path2.posix.basename(g) !== ".gitignore") continue;
    try {
      matchers.set(path2.posix.dirname(g), (0, import_ignore.default)().add(fs3.readFileSync(path2.join(dir, g), "utf8")));
    } catch {
    }
  }
  return found.filter((rel) => isDockerfileName(rel)).filter((rel) => !isGitIgnored(rel, matchers)).sort().map((rel) => path2.join(dir, rel));
}
function isGitIgnored(rel, matchers) {
  for (const [base, matcher] of matchers) {
    const inside = base === "." ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : null;
    if (inside !== null && matcher.ignores(inside)) return true;
  }
  return false;
}

// node_modules/prettier/standalone.mjs
var Mu = Object.defineProperty;
var xt = (t, e) => {
  for (var r in e) Mu(t, r, { get: e[r], enumerable: true });
};
var Iu = {};
xt(Iu, { __debug: () => Ji, check: () => Ki, doc: () => lr, format: () => ku, formatWithCursor: () => bu, getSupportInfo: () => Hi, util: () => pr, version: () => Au });
var Q = (t, e) => (r, n, ...o) => r | 1 && n == null ? void 0 : (e.call(n) ?? n[t]).apply(n, o);
var Yu = String.prototype.replaceAll ?? function(t, e) {
  return t.global ? this.replace(t, e) : this.split(t).join(e);
};
var ju = Q("replaceAll", function() {
  if (typeof this == "string") return Yu;
});
var ue = ju;
var we = class {
  diff(e, r, n = {}) {
    let o;
    typeof n == "function" ? (o = n, n = {}) : "callback" in n && (o = n.callback);
    let u = this.castInput(e, n), i = this.castInput(r, n), a = this.removeEmpty(this.tokenize(u, n)), s = this.removeEmpty(this.tokenize(i, n));
    return this.diffWithOptionsObj(a, s, n, o);
  }
  diffWithOptionsObj(e, r, n, o) {
    var u;
    let i = (C) => {
      if (C = this.postProcess(C, n), o) {
        setTimeout(function() {
          o(C);
        }, 0);
        return;
      } else return C;
    }, a = r.length, s = e.length, D = 1, c = a + s;
    n.maxEditLength != null && (c = Math.min(c, n.maxEditLength));
    let p = (u = n.timeout) !== null && u !== void 0 ? u : 1 / 0, f = Date.now() + p, m = [{ oldPos: -1, lastComponent: void 0 }], l = this.extractCommon(m[0], r, e, 0, n);
    if (m[0].oldPos + 1 >= s && l + 1 >= a) return i(this.buildValues(m[0].lastComponent, r, e));
    let F = -1 / 0, d = 1 / 0, E = () => {
      for (let C = Math.max(F, -D); C <= Math.min(d, D); C += 2) {
        let g, _2 = m[C - 1], P = m[C + 1];
        _2 && (m[C - 1] = void 0);
        let x = false;
        if (P) {
          let q = P.oldPos - C;
          x = P && 0 <= q && q < a;
        }
        let N = _2 && _2.oldPos + 1 < s;
        if (!x && !N) {
          m[C] = void 0;
          continue;
        }
        if (!N || x && _2.oldPos < P.oldPos ? g = this.addToPath(P, true, false, 0, n) : g = this.addToPath(_2, false, true, 1, n), l = this.extractCommon(g, r, e, C, n), g.oldPos + 1 >= s && l + 1 >= a) return i(this.buildValues(g.lastComponent, r, e)) || true;
        m[C] = g, g.oldPos + 1 >= s && (d = Math.min(d, C - 1)), l + 1 >= a && (F = Math.max(F, C + 1));
      }
      D++;
    };
    if (o) (function C() {
      setTimeout(function() {
        if (D > c || Date.now() > f) return o(void 0);
        E() || C();
      }, 0);
    })();
    else for (; D <= c && Date.now() <= f; ) {
      let C = E();
      if (C) return C;
    }
  }
  addToPath(e, r, n, o, u) {
    let i = e.lastComponent;
    return i && !u.oneChangePerToken && i.added === r && i.removed === n ? { oldPos: e.oldPos + o, lastComponent: { count: i.count + 1, added: r, removed: n, previousComponent: i.previousComponent } } : { oldPos: e.oldPos + o, lastComponent: { count: 1, added: r, removed: n, previousComponent: i } };
  }
  extractCommon(e, r, n, o, u) {
    let i = r.length, a = n.length, s = e.oldPos, D = s - o, c = 0;
    for (; D + 1 < i && s + 1 < a && this.equals(n[s + 1], r[D + 1], u); ) D++, s++, c++, u.oneChangePerToken && (e.lastComponent = { count: 1, previousComponent: e.lastComponent, added: false, removed: false });
    return c && !u.oneChangePerToken && (e.lastComponent = { count: c, previousComponent: e.lastComponent, added: false, removed: false }), e.oldPos = s, D;
  }
  equals(e, r, n) {
    return n.comparator ? n.comparator(e, r) : e === r || !!n.ignoreCase && e.toLowerCase() === r.toLowerCase();
  }
  removeEmpty(e) {
    let r = [];
    for (let n = 0; n < e.length; n++) e[n] && r.push(e[n]);
    return r;
  }
  castInput(e, r) {
    return e;
  }
  tokenize(e, r) {
    return Array.from(e);
  }
  join(e) {
    return e.join("");
  }
  postProcess(e, r) {
    return e;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(e, r, n) {
    let o = [], u;
    for (; e; ) o.push(e), u = e.previousComponent, delete e.previousComponent, e = u;
    o.reverse();
    let i = o.length, a = 0, s = 0, D = 0;
    for (; a < i; a++) {
      let c = o[a];
      if (c.removed) c.value = this.join(n.slice(D, D + c.count)), D += c.count;
      else {
        if (!c.added && this.useLongestToken) {
          let p = r.slice(s, s + c.count);
          p = p.map(function(f, m) {
            let l = n[D + m];
            return l.length > f.length ? l : f;
          }), c.value = this.join(p);
        } else c.value = this.join(r.slice(s, s + c.count));
        s += c.count, c.added || (D += c.count);
      }
    }
    return o;
  }
};
var Tt = class extends we {
  tokenize(e) {
    return e.slice();
  }
  join(e) {
    return e;
  }
  removeEmpty(e) {
    return e;
  }
};
var dr = new Tt();
function Nt(t, e, r) {
  return dr.diff(t, e, r);
}
var Uu = () => {
};
var I = Uu;
var Er = "cr";
var Cr = "crlf";
var Vu = "lf";
var Wu = Vu;
var Bt = "\r";
var hr = `\r
`;
var ze = `
`;
var $u = ze;
function gr(t) {
  let e = t.indexOf(Bt);
  return e !== -1 ? t.charAt(e + 1) === ze ? Cr : Er : Wu;
}
function Se(t) {
  return t === Er ? Bt : t === Cr ? hr : $u;
}
var zu = /* @__PURE__ */ new Map([[ze, /\n/g], [Bt, /\r/g], [hr, /\r\n/g]]);
function wt(t, e) {
  let r = zu.get(e);
  return t.match(r)?.length ?? 0;
}
var Gu = /\r\n?/g;
function yr(t) {
  return ue(0, t, Gu, ze);
}
var oe = /* @__PURE__ */ Symbol.for("comments");
function Ku(t) {
  return this[t < 0 ? this.length + t : t];
}
var Hu = Q("at", function() {
  if (Array.isArray(this) || typeof this == "string") return Ku;
});
var A = Hu;
var K = "string";
var V = "array";
var W = "cursor";
var R = "indent";
var L = "align";
var v = "trim";
var T = "group";
var b = "fill";
var B = "if-break";
var M = "indent-if-break";
var Y = "line-suffix";
var j = "line-suffix-boundary";
var y = "line";
var k = "label";
var w = "break-parent";
var Ge = /* @__PURE__ */ new Set([W, R, L, v, T, b, B, M, Y, j, y, k, w]);
function _r(t) {
  let e = t.length;
  for (; e > 0 && (t[e - 1] === "\r" || t[e - 1] === `
`); ) e--;
  return e < t.length ? t.slice(0, e) : t;
}
function Ee(t, e, r) {
  if (!t.has(e)) {
    let n = r(e);
    t.set(e, n);
  }
  return t.get(e);
}
function Ju(t) {
  if (typeof t == "string") return K;
  if (Array.isArray(t)) return V;
  if (!t) return;
  let { type: e } = t;
  if (Ge.has(e)) return e;
}
var X = Ju;
var qu = (t) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(t);
function Xu(t) {
  let e = t === null ? "null" : typeof t;
  if (e !== "string" && e !== "object") return `Unexpected doc '${e}', 
Expected it to be 'string' or 'object'.`;
  if (X(t)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(t);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = qu([...Ge].map((o) => `'${o}'`));
  return `Unexpected doc.type '${t.type}'.
Expected it to be ${n}.`;
}
var St = class extends Error {
  name = "InvalidDocError";
  constructor(e) {
    super(Xu(e)), this.doc = e;
  }
};
var ee = St;
var Ar = {};
function Qu(t, e, r, n) {
  let o = [t];
  for (; o.length > 0; ) {
    let u = o.pop();
    if (u === Ar) {
      r(o.pop());
      continue;
    }
    r && o.push(u, Ar);
    let i = X(u);
    if (!i) throw new ee(u);
    if (e?.(u) !== false) switch (i) {
      case V:
      case b: {
        let a = i === V ? u : u.parts;
        for (let s = a.length, D = s - 1; D >= 0; --D) o.push(a[D]);
        break;
      }
      case B:
        o.push(u.flatContents, u.breakContents);
        break;
      case T:
        if (n && u.expandedStates) for (let a = u.expandedStates.length, s = a - 1; s >= 0; --s) o.push(u.expandedStates[s]);
        else o.push(u.contents);
        break;
      case L:
      case R:
      case M:
      case k:
      case Y:
        o.push(u.contents);
        break;
      case K:
      case W:
      case v:
      case j:
      case y:
      case w:
        break;
      default:
        throw new ee(u);
    }
  }
}
var Oe = Qu;
function be(t, e) {
  if (typeof t == "string") return e(t);
  let r = /* @__PURE__ */ new Map();
  return n(t);
  function n(u) {
    return Ee(r, u, o);
  }
  function o(u) {
    switch (X(u)) {
      case V:
        return e(u.map(n));
      case b:
        return e({ ...u, parts: u.parts.map(n) });
      case B:
        return e({ ...u, breakContents: n(u.breakContents), flatContents: n(u.flatContents) });
      case T: {
        let { expandedStates: i, contents: a } = u;
        return i ? (i = i.map(n), a = i[0]) : a = n(a), e({ ...u, contents: a, expandedStates: i });
      }
      case L:
      case R:
      case M:
      case k:
      case Y:
        return e({ ...u, contents: n(u.contents) });
      case K:
      case W:
      case v:
      case j:
      case y:
      case w:
        return e(u);
      default:
        throw new ee(u);
    }
  }
}
function Ke(t, e, r) {
  let n = r, o = false;
  function u(i) {
    if (o) return false;
    let a = e(i);
    a !== void 0 && (o = true, n = a);
  }
  return Oe(t, u), n;
}
function Zu(t) {
  if (t.type === T && t.break || t.type === y && t.hard || t.type === w) return true;
}
function Nr(t) {
  return Ke(t, Zu, false);
}
function xr(t) {
  if (t.length > 0) {
    let e = A(0, t, -1);
    !e.expandedStates && !e.break && (e.break = "propagated");
  }
  return null;
}
function Br(t) {
  let e = /* @__PURE__ */ new Set(), r = [];
  function n(u) {
    if (u.type === w && xr(r), u.type === T) {
      if (r.push(u), e.has(u)) return false;
      e.add(u);
    }
  }
  function o(u) {
    u.type === T && r.pop().break && xr(r);
  }
  Oe(t, n, o, true);
}
function eo(t) {
  return t.type === y && !t.hard ? t.soft ? "" : " " : t.type === B ? t.flatContents : t;
}
function wr(t) {
  return be(t, eo);
}
function Tr(t) {
  for (t = [...t]; t.length >= 2 && A(0, t, -2).type === y && A(0, t, -1).type === w; ) t.length -= 2;
  if (t.length > 0) {
    let e = Pe(A(0, t, -1));
    t[t.length - 1] = e;
  }
  return t;
}
function Pe(t) {
  switch (X(t)) {
    case R:
    case M:
    case T:
    case Y:
    case k: {
      let e = Pe(t.contents);
      return { ...t, contents: e };
    }
    case B:
      return { ...t, breakContents: Pe(t.breakContents), flatContents: Pe(t.flatContents) };
    case b:
      return { ...t, parts: Tr(t.parts) };
    case V:
      return Tr(t);
    case K:
      return _r(t);
    case L:
    case W:
    case v:
    case j:
    case y:
    case w:
      break;
    default:
      throw new ee(t);
  }
  return t;
}
function He(t) {
  return Pe(ro(t));
}
function to(t) {
  switch (X(t)) {
    case b: {
      let { parts: e } = t;
      if (e.every((r) => r === "")) return "";
      if (e.length === 1) return e[0];
      break;
    }
    case T:
      if (!t.contents && !t.id && !t.break && !t.expandedStates) return "";
      if (t.contents.type === T && t.contents.id === t.id && t.contents.break === t.break && t.contents.expandedStates === t.expandedStates) return t.contents;
      break;
    case L:
    case R:
    case M:
    case Y:
      if (!t.contents) return "";
      break;
    case B:
      if (!t.flatContents && !t.breakContents) return "";
      break;
    case V: {
      let e = [];
      for (let r of t) {
        if (!r) continue;
        let [n, ...o] = Array.isArray(r) ? r : [r];
        typeof n == "string" && typeof A(0, e, -1) == "string" ? e[e.length - 1] += n : e.push(n), e.push(...o);
      }
      return e.length === 0 ? "" : e.length === 1 ? e[0] : e;
    }
    case K:
    case W:
    case v:
    case j:
    case y:
    case k:
    case w:
      break;
    default:
      throw new ee(t);
  }
  return t;
}
function ro(t) {
  return be(t, (e) => to(e));
}
function Sr(t, e = qe) {
  return be(t, (r) => typeof r == "string" ? Je(e, r.split(`
`)) : r);
}
function no(t) {
  if (t.type === y) return true;
}
function Or(t) {
  return Ke(t, no, false);
}
function Ce(t, e) {
  return t.type === k ? { ...t, contents: e(t.contents) } : e(t);
}
var S = I;
var Xe = I;
var Pr = I;
var br = I;
function ie(t) {
  return S(t), { type: R, contents: t };
}
function De(t, e) {
  return br(t), S(e), { type: L, contents: e, n: t };
}
function kr(t) {
  return De(Number.NEGATIVE_INFINITY, t);
}
function Qe(t) {
  return De({ type: "root" }, t);
}
function Ir(t) {
  return De(-1, t);
}
function Ze(t, e, r) {
  S(t);
  let n = t;
  if (e > 0) {
    for (let o = 0; o < Math.floor(e / r); ++o) n = ie(n);
    n = De(e % r, n), n = De(Number.NEGATIVE_INFINITY, n);
  }
  return n;
}
var ce = { type: w };
var te = { type: W };
function Rr(t) {
  return Pr(t), { type: b, parts: t };
}
function Ot(t, e = {}) {
  return S(t), Xe(e.expandedStates, true), { type: T, id: e.id, contents: t, break: !!e.shouldBreak, expandedStates: e.expandedStates };
}
function Lr(t, e) {
  return Ot(t[0], { ...e, expandedStates: t });
}
function vr(t, e = "", r = {}) {
  return S(t), e !== "" && S(e), { type: B, breakContents: t, flatContents: e, groupId: r.groupId };
}
function Mr(t, e) {
  return S(t), { type: M, contents: t, groupId: e.groupId, negate: e.negate };
}
function Je(t, e) {
  S(t), Xe(e);
  let r = [];
  for (let n = 0; n < e.length; n++) n !== 0 && r.push(t), r.push(e[n]);
  return r;
}
function Yr(t, e) {
  return S(e), t ? { type: k, label: t, contents: e } : e;
}
var et = { type: y };
var jr = { type: y, soft: true };
var ke = { type: y, hard: true };
var $ = [ke, ce];
var Pt = { type: y, hard: true, literal: true };
var qe = [Pt, ce];
function Ie(t) {
  return S(t), { type: Y, contents: t };
}
var Ur = { type: j };
var Vr = { type: v };
function re(t) {
  if (!t) return "";
  if (Array.isArray(t)) {
    let e = [];
    for (let r of t) if (Array.isArray(r)) e.push(...re(r));
    else {
      let n = re(r);
      n !== "" && e.push(n);
    }
    return e;
  }
  return t.type === B ? { ...t, breakContents: re(t.breakContents), flatContents: re(t.flatContents) } : t.type === T ? { ...t, contents: re(t.contents), expandedStates: t.expandedStates?.map(re) } : t.type === b ? { type: "fill", parts: t.parts.map(re) } : t.contents ? { ...t, contents: re(t.contents) } : t;
}
function Wr(t) {
  let e = /* @__PURE__ */ Object.create(null), r = /* @__PURE__ */ new Set();
  return n(re(t));
  function n(u, i, a) {
    if (typeof u == "string") return JSON.stringify(u);
    if (Array.isArray(u)) {
      let s = u.map(n).filter(Boolean);
      return s.length === 1 ? s[0] : `[${s.join(", ")}]`;
    }
    if (u.type === y) {
      let s = a?.[i + 1]?.type === w;
      return u.literal ? s ? "literalline" : "literallineWithoutBreakParent" : u.hard ? s ? "hardline" : "hardlineWithoutBreakParent" : u.soft ? "softline" : "line";
    }
    if (u.type === w) return a?.[i - 1]?.type === y && a[i - 1].hard ? void 0 : "breakParent";
    if (u.type === v) return "trim";
    if (u.type === R) return "indent(" + n(u.contents) + ")";
    if (u.type === L) return u.n === Number.NEGATIVE_INFINITY ? "dedentToRoot(" + n(u.contents) + ")" : u.n < 0 ? "dedent(" + n(u.contents) + ")" : u.n.type === "root" ? "markAsRoot(" + n(u.contents) + ")" : "align(" + JSON.stringify(u.n) + ", " + n(u.contents) + ")";
    if (u.type === B) return "ifBreak(" + n(u.breakContents) + (u.flatContents ? ", " + n(u.flatContents) : "") + (u.groupId ? (u.flatContents ? "" : ', ""') + `, { groupId: ${o(u.groupId)} }` : "") + ")";
    if (u.type === M) {
      let s = [];
      u.negate && s.push("negate: true"), u.groupId && s.push(`groupId: ${o(u.groupId)}`);
      let D = s.length > 0 ? `, { ${s.join(", ")} }` : "";
      return `indentIfBreak(${n(u.contents)}${D})`;
    }
    if (u.type === T) {
      let s = [];
      u.break && u.break !== "propagated" && s.push("shouldBreak: true"), u.id && s.push(`id: ${o(u.id)}`);
      let D = s.length > 0 ? `, { ${s.join(", ")} }` : "";
      return u.expandedStates ? `conditionalGroup([${u.expandedStates.map((c) => n(c)).join(",")}]${D})` : `group(${n(u.contents)}${D})`;
    }
    if (u.type === b) return `fill([${u.parts.map((s) => n(s)).join(", ")}])`;
    if (u.type === Y) return "lineSuffix(" + n(u.contents) + ")";
    if (u.type === j) return "lineSuffixBoundary";
    if (u.type === k) return `label(${JSON.stringify(u.label)}, ${n(u.contents)})`;
    if (u.type === W) return "cursor";
    throw new Error("Unknown doc type " + u.type);
  }
  function o(u) {
    if (typeof u != "symbol") return JSON.stringify(String(u));
    if (u in e) return e[u];
    let i = u.description || "symbol";
    for (let a = 0; ; a++) {
      let s = i + (a > 0 ? ` #${a}` : "");
      if (!r.has(s)) return r.add(s), e[u] = `Symbol.for(${JSON.stringify(s)})`;
    }
  }
}
var $r = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
var zr = 12288;
var Gr = 65510;
var Kr = [12288, 12288, 65281, 65376, 65504, 65510];
var Hr = 4352;
var Jr = 262141;
var bt = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
var kt = (t, e) => {
  let r = 0, n = Math.floor(t.length / 2) - 1;
  for (; r <= n; ) {
    let o = Math.floor((r + n) / 2), u = o * 2;
    if (e < t[u]) n = o - 1;
    else if (e > t[u + 1]) r = o + 1;
    else return true;
  }
  return false;
};
var qr = 19968;
var [uo, oo] = io(bt);
function io(t) {
  let e = t[0], r = t[1];
  for (let n = 0; n < t.length; n += 2) {
    let o = t[n], u = t[n + 1];
    if (qr >= o && qr <= u) return [o, u];
    u - o > r - e && (e = o, r = u);
  }
  return [e, r];
}
var tt = (t) => t < zr || t > Gr ? false : kt(Kr, t);
var It = (t) => t >= uo && t <= oo ? true : t < Hr || t > Jr ? false : kt(bt, t);
var so = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
var Xr = (t) => so.test(t);
var ao = /[^\x20-\x7F]/;
var Do = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
function co(t) {
  if (!t) return 0;
  if (!ao.test(t)) return t.length;
  let e = 0;
  t = t.replace($r(), (r) => (e += Xr(r) ? 1 : 2, ""));
  for (let r of t) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || Do.test(r) || (e += tt(n) || It(n) ? 2 : 1);
  }
  return e;
}
var Re = co;
var lo = { type: 0 };
var fo = { type: 1 };
var Rt = { value: "", length: 0, queue: [], get root() {
  return Rt;
} };
function Qr(t, e, r) {
  let n = e.type === 1 ? t.queue.slice(0, -1) : [...t.queue, e], o = "", u = 0, i = 0, a = 0;
  for (let l of n) switch (l.type) {
    case 0:
      c(), r.useTabs ? s(1) : D(r.tabWidth);
      break;
    case 3: {
      let { string: F } = l;
      c(), o += F, u += F.length;
      break;
    }
    case 2: {
      let { width: F } = l;
      i += 1, a += F;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${l.type}'.`);
  }
  return f(), { ...t, value: o, length: u, queue: n };
  function s(l) {
    o += "	".repeat(l), u += r.tabWidth * l;
  }
  function D(l) {
    o += " ".repeat(l), u += l;
  }
  function c() {
    r.useTabs ? p() : f();
  }
  function p() {
    i > 0 && s(i), m();
  }
  function f() {
    a > 0 && D(a), m();
  }
  function m() {
    i = 0, a = 0;
  }
}
function Zr(t, e, r) {
  if (!e) return t;
  if (e.type === "root") return { ...t, root: t };
  if (e === Number.NEGATIVE_INFINITY) return t.root;
  let n;
  return typeof e == "number" ? e < 0 ? n = fo : n = { type: 2, width: e } : n = { type: 3, string: e }, Qr(t, n, r);
}
function en(t, e) {
  return Qr(t, lo, e);
}
function po(t) {
  let e = 0;
  for (let r = t.length - 1; r >= 0; r--) {
    let n = t[r];
    if (n === " " || n === "	") e++;
    else break;
  }
  return e;
}
function rt(t) {
  let e = po(t);
  return { text: e === 0 ? t : t.slice(0, t.length - e), count: e };
}
var Lt = class {
  #t = [];
  #e = "";
  #n = 0;
  #u = [];
  #r = [];
  #o() {
    let e = this.#e;
    e !== "" && (this.#t.push(e), this.#n += e.length, this.#e = "");
    for (let r of this.#r) this.#u.push(Math.min(r, this.#n));
    this.#r.length = 0;
  }
  markPosition() {
    if (this.#u.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
    this.#r.push(this.#n + this.#e.length);
  }
  write(e) {
    this.#e += e;
  }
  trim() {
    let { text: e, count: r } = rt(this.#e);
    return this.#e = e, this.#o(), r;
  }
  finish() {
    return this.#o(), { text: this.#t.join(""), positions: this.#u };
  }
};
var tn = Lt;
var H = /* @__PURE__ */ Symbol("MODE_BREAK");
var Z = /* @__PURE__ */ Symbol("MODE_FLAT");
var vt = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
function nt(t, e, r, n, o, u) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let i = e.length, a = false, s = [t], D = "";
  for (; r >= 0; ) {
    if (s.length === 0) {
      if (i === 0) return true;
      s.push(e[--i]);
      continue;
    }
    let { mode: c, doc: p } = s.pop(), f = X(p);
    switch (f) {
      case K:
        p && (a && (D += " ", r -= 1, a = false), D += p, r -= Re(p));
        break;
      case V:
      case b: {
        let m = f === V ? p : p.parts, l = p[vt] ?? 0;
        for (let F = m.length - 1; F >= l; F--) s.push({ mode: c, doc: m[F] });
        break;
      }
      case R:
      case L:
      case M:
      case k:
        s.push({ mode: c, doc: p.contents });
        break;
      case v: {
        let { text: m, count: l } = rt(D);
        D = m, r += l;
        break;
      }
      case T: {
        if (u && p.break) return false;
        let m = p.break ? H : c, l = p.expandedStates && m === H ? A(0, p.expandedStates, -1) : p.contents;
        s.push({ mode: m, doc: l });
        break;
      }
      case B: {
        let l = (p.groupId ? o[p.groupId] || Z : c) === H ? p.breakContents : p.flatContents;
        l && s.push({ mode: c, doc: l });
        break;
      }
      case y:
        if (c === H || p.hard) return true;
        p.soft || (a = true);
        break;
      case Y:
        n = true;
        break;
      case j:
        if (n) return false;
        break;
    }
  }
  return false;
}
function he(t, e) {
  let r = /* @__PURE__ */ Object.create(null), n = e.printWidth, o = Se(e.endOfLine), u = 0, i = [{ indent: Rt, mode: H, doc: t }], a = false, s = [], D = new tn();
  for (Br(t); i.length > 0; ) {
    let { indent: l, mode: F, doc: d } = i.pop();
    switch (X(d)) {
      case K: {
        let E = o !== `
` ? ue(0, d, `
`, o) : d;
        E && (D.write(E), i.length > 0 && (u += Re(E)));
        break;
      }
      case V:
        for (let E = d.length - 1; E >= 0; E--) i.push({ indent: l, mode: F, doc: d[E] });
        break;
      case W:
        D.markPosition();
        break;
      case R:
        i.push({ indent: en(l, e), mode: F, doc: d.contents });
        break;
      case L:
        i.push({ indent: Zr(l, d.n, e), mode: F, doc: d.contents });
        break;
      case v:
        u -= D.trim();
        break;
      case T: {
        let E = (function() {
          if (F === Z && !a) return { indent: l, mode: d.break ? H : Z, doc: d.contents };
          a = false;
          let g = n - u, _2 = s.length > 0, P = { indent: l, mode: Z, doc: d.contents };
          if (!d.break && nt(P, i, g, _2, r)) return P;
          if (!d.expandedStates) return { indent: l, mode: H, doc: d.contents };
          if (!d.break) for (let x = 1; x < d.expandedStates.length - 1; x++) {
            let N = { indent: l, mode: Z, doc: d.expandedStates[x] };
            if (nt(N, i, g, _2, r)) return N;
          }
          return { indent: l, mode: H, doc: A(0, d.expandedStates, -1) };
        })();
        i.push(E), d.id && (r[d.id] = E.mode);
        break;
      }
      case b: {
        let E = n - u, C = d[vt] ?? 0, { parts: g } = d, _2 = g.length - C;
        if (_2 === 0) break;
        let P = g[C + 0], x = g[C + 1], N = { indent: l, mode: Z, doc: P }, q = { indent: l, mode: H, doc: P }, $e = nt(N, [], E, s.length > 0, r, true);
        if (_2 === 1) {
          $e ? i.push(N) : i.push(q);
          break;
        }
        let mr = { indent: l, mode: Z, doc: x }, At = { indent: l, mode: H, doc: x };
        if (_2 === 2) {
          $e ? i.push(mr, N) : i.push(At, q);
          break;
        }
        let Ru2 = g[C + 2], Lu2 = { indent: l, mode: F, doc: { ...d, [vt]: C + 2 } }, vu2 = nt({ indent: l, mode: Z, doc: [P, x, Ru2] }, [], E, s.length > 0, r, true);
        i.push(Lu2), vu2 ? i.push(mr, N) : $e ? i.push(At, N) : i.push(At, q);
        break;
      }
      case B:
      case M: {
        let E = d.groupId ? r[d.groupId] : F;
        if (E === H) {
          let C = d.type === B ? d.breakContents : d.negate ? d.contents : ie(d.contents);
          C && i.push({ indent: l, mode: F, doc: C });
        }
        if (E === Z) {
          let C = d.type === B ? d.flatContents : d.negate ? ie(d.contents) : d.contents;
          C && i.push({ indent: l, mode: F, doc: C });
        }
        break;
      }
      case Y:
        s.push({ indent: l, mode: F, doc: d.contents });
        break;
      case j:
        s.length > 0 && i.push({ indent: l, mode: F, doc: ke });
        break;
      case y:
        switch (F) {
          case Z:
            if (!d.hard) {
              d.soft || (D.write(" "), u += 1);
              break;
            }
            a = true;
          case H:
            if (s.length > 0) {
              i.push({ indent: l, mode: F, doc: d }, ...s.reverse()), s.length = 0;
              break;
            }
            d.literal ? (D.write(o), u = 0, l.root && (l.root.value && D.write(l.root.value), u = l.root.length)) : (D.trim(), D.write(o + l.value), u = l.length);
            break;
        }
        break;
      case k:
        i.push({ indent: l, mode: F, doc: d.contents });
        break;
      case w:
        break;
      default:
        throw new ee(d);
    }
    i.length === 0 && s.length > 0 && (i.push(...s.reverse()), s.length = 0);
  }
  let { text: c, positions: p } = D.finish();
  if (p.length !== 2) return { formatted: c };
  let [f, m] = p;
  return { formatted: c, cursorNodeStart: f, cursorNodeText: c.slice(f, m) };
}
var rn = (t) => t.charAt(0) === "\uFEFF";
var nn = (t) => "\uFEFF" + t;
function mo(t, e, r = 0) {
  let n = 0;
  for (let o = r; o < t.length; ++o) t[o] === "	" ? n = n + e - n % e : n++;
  return n;
}
var ge = mo;
var Mt = class {
  constructor(e) {
    this.stack = [e];
  }
  get key() {
    let { stack: e, siblings: r } = this;
    return A(0, e, r === null ? -2 : -4) ?? null;
  }
  get index() {
    return this.siblings === null ? null : A(0, this.stack, -2);
  }
  get node() {
    return A(0, this.stack, -1);
  }
  get parent() {
    return this.getNode(1);
  }
  get grandparent() {
    return this.getNode(2);
  }
  get isInArray() {
    return this.siblings !== null;
  }
  get siblings() {
    let { stack: e } = this, r = A(0, e, -3);
    return Array.isArray(r) ? r : null;
  }
  get next() {
    let { siblings: e } = this;
    return e === null ? null : e[this.index + 1];
  }
  get previous() {
    let { siblings: e } = this;
    return e === null ? null : e[this.index - 1];
  }
  get isFirst() {
    return this.index === 0;
  }
  get isLast() {
    let { siblings: e, index: r } = this;
    return e !== null && r === e.length - 1;
  }
  get isRoot() {
    return this.stack.length === 1;
  }
  get root() {
    return this.stack[0];
  }
  get ancestors() {
    return [...this.#e()];
  }
  getName() {
    let { stack: e } = this, { length: r } = e;
    return r > 1 ? A(0, e, -2) : null;
  }
  getValue() {
    return A(0, this.stack, -1);
  }
  getNode(e = 0) {
    let r = this.#t(e);
    return r === -1 ? null : this.stack[r];
  }
  getParentNode(e = 0) {
    return this.getNode(e + 1);
  }
  #t(e) {
    let { stack: r } = this;
    for (let n = r.length - 1; n >= 0; n -= 2) if (!Array.isArray(r[n]) && --e < 0) return n;
    return -1;
  }
  call(e, ...r) {
    let { stack: n } = this, { length: o } = n, u = A(0, n, -1);
    for (let i of r) u = u?.[i], n.push(i, u);
    try {
      return e(this);
    } finally {
      n.length = o;
    }
  }
  callParent(e, r = 0) {
    let n = this.#t(r + 1), o = this.stack.splice(n + 1);
    try {
      return e(this);
    } finally {
      this.stack.push(...o);
    }
  }
  each(e, ...r) {
    let { stack: n } = this, { length: o } = n, u = A(0, n, -1);
    for (let i of r) u = u[i], n.push(i, u);
    try {
      for (let i = 0; i < u.length; ++i) n.push(i, u[i]), e(this, i, u), n.length -= 2;
    } finally {
      n.length = o;
    }
  }
  map(e, ...r) {
    let n = [];
    return this.each((o, u, i) => {
      n[u] = e(o, u, i);
    }, ...r), n;
  }
  match(...e) {
    let r = this.stack.length - 1, n = null, o = this.stack[r--];
    for (let u of e) {
      if (o === void 0) return false;
      let i = null;
      if (typeof n == "number" && (i = n, n = this.stack[r--], o = this.stack[r--]), u && !u(o, n, i)) return false;
      n = this.stack[r--], o = this.stack[r--];
    }
    return true;
  }
  findAncestor(e) {
    for (let r of this.#e()) if (e(r)) return r;
  }
  hasAncestor(e) {
    for (let r of this.#e()) if (e(r)) return true;
    return false;
  }
  *#e() {
    let { stack: e } = this;
    for (let r = e.length - 3; r >= 0; r -= 2) {
      let n = e[r];
      Array.isArray(n) || (yield n);
    }
  }
};
var un = Mt;
function Fo(t) {
  return Array.isArray(t) && t.length > 0;
}
var ut = Fo;
function Eo(t) {
  return t !== null && typeof t == "object";
}
var ye = Eo;
function _e(t) {
  return (e, r, n) => {
    if (r === false) return false;
    let o = !!n?.backwards, { length: u } = e, i = r;
    for (; i >= 0 && i < u; ) {
      let a = e.charAt(i);
      if (t instanceof RegExp) {
        if (!t.test(a)) return i;
      } else if (!t.includes(a)) return i;
      o ? i-- : i++;
    }
    return i === -1 || i === u ? i : false;
  };
}
var on = _e(/\s/);
var U = _e(" 	");
var ot = _e(",; 	");
var it = _e(/[^\n\r]/);
var sn = (t) => t === `
` || t === "\r" || t === "\u2028" || t === "\u2029";
function Co(t, e, r) {
  if (e === false) return false;
  let n = !!r?.backwards, o = t.charAt(e);
  if (n) {
    if (t.charAt(e - 1) === "\r" && o === `
`) return e - 2;
    if (sn(o)) return e - 1;
  } else {
    if (o === "\r" && t.charAt(e + 1) === `
`) return e + 2;
    if (sn(o)) return e + 1;
  }
  return e;
}
var z = Co;
function ho(t, e, r = {}) {
  let n = U(t, r.backwards ? e - 1 : e, r), o = z(t, n, r);
  return n !== o;
}
var J = ho;
function* Ae(t, e) {
  let { getVisitorKeys: r, filter: n = () => true } = e, o = (u) => ye(u) && n(u);
  for (let u of r(t)) {
    let i = t[u];
    if (Array.isArray(i)) for (let a of i) o(a) && (yield a);
    else o(i) && (yield i);
  }
}
function* an(t, e) {
  let r = [t];
  for (let n = 0; n < r.length; n++) {
    let o = r[n];
    for (let u of Ae(o, e)) yield u, r.push(u);
  }
}
function Dn(t, e) {
  return Ae(t, e).next().done;
}
function go(t, e, r) {
  let { filter: n } = r;
  if (!n) return [];
  let o, u = (r.getChildren?.(t, r) ?? [...Ae(t, { getVisitorKeys: r.getVisitorKeys })]).flatMap((s) => (o ?? (o = [t, ...e]), n(s, o) ? [s] : cn(s, o, r))), { locStart: i, locEnd: a } = r;
  return u.sort((s, D) => i(s) - i(D) || a(s) - a(D)), u;
}
function cn(t, e, r) {
  return Ee(r.cache, t, (n) => go(n, e, r));
}
var st = cn;
function yo(t) {
  let e = t.type || t.kind || "(unknown type)", r = String(t.name || t.id && (typeof t.id == "object" ? t.id.name : t.id) || t.key && (typeof t.key == "object" ? t.key.name : t.key) || t.value && (typeof t.value == "object" ? "" : String(t.value)) || t.operator || "");
  return r.length > 20 && (r = r.slice(0, 19) + "\u2026"), e + (r ? " " + r : "");
}
function Yt(t, e) {
  return (t.comments ?? (t.comments = [])).push(e), e.printed = false, e.nodeDescription = yo(t), true;
}
function le(t, e) {
  return e.leading = true, e.trailing = false, Yt(t, e);
}
function ne(t, e, r) {
  return e.leading = false, e.trailing = false, r && (e.marker = r), Yt(t, e);
}
function fe(t, e) {
  return e.leading = false, e.trailing = true, Yt(t, e);
}
var Vt = /* @__PURE__ */ new WeakMap();
function fn(t, e, r, n, o = []) {
  let { locStart: u, locEnd: i } = r, a = u(e), s = i(e), D = st(t, o, { cache: Vt, locStart: u, locEnd: i, getVisitorKeys: r.getVisitorKeys, filter: r.printer.canAttachComment, getChildren: r.printer.getCommentChildNodes }), c, p, f = 0, m = D.length;
  for (; f < m; ) {
    let l = f + m >> 1, F = D[l], d = u(F), E = i(F);
    if (d <= a && s <= E) return fn(F, e, r, F, [F, ...o]);
    if (E <= a) {
      c = F, f = l + 1;
      continue;
    }
    if (s <= d) {
      p = F, m = l;
      continue;
    }
    throw new Error("Comment location overlaps with node location");
  }
  if (n?.type === "TemplateLiteral") {
    let { quasis: l } = n, F = Ut(l, e, r);
    c && Ut(l, c, r) !== F && (c = null), p && Ut(l, p, r) !== F && (p = null);
  }
  return { enclosingNode: n, precedingNode: c, followingNode: p, ancestors: o };
}
var jt = () => false;
function pn(t, e) {
  let { comments: r } = t;
  if (delete t.comments, !ut(r) || !e.printer.canAttachComment) return;
  let n = [], { printer: { features: { experimental_avoidAstMutation: o }, handleComments: u = {} }, originalText: i } = e, { ownLine: a = jt, endOfLine: s = jt, remaining: D = jt } = u, c = r.map((f, m) => ({ ...fn(t, f, e), comment: f, text: i, options: e, ast: t, isLastComment: r.length - 1 === m, placement: void 0 })), p = !o;
  for (let [f, m] of c.entries()) {
    let { comment: l, precedingNode: F, enclosingNode: d, followingNode: E, text: C, options: g, ast: _2, isLastComment: P } = m, x = _o(C, g, c, f) ? "ownLine" : Ao(C, g, c, f) ? "endOfLine" : "remaining", N;
    if (o ? (m.placement = x, N = [m]) : N = [l, C, g, _2, P], p && (l.enclosingNode = d, l.precedingNode = F, l.followingNode = E), l.placement = x, x === "ownLine") a(...N) || (E ? le(E, l) : F ? fe(F, l) : d ? ne(d, l) : ne(_2, l));
    else if (x === "endOfLine") s(...N) || (F ? fe(F, l) : E ? le(E, l) : d ? ne(d, l) : ne(_2, l));
    else if (!D(...N)) if (F && E) {
      let q = n.length;
      q > 0 && n[q - 1].followingNode !== E && ln(n, g), n.push(m);
    } else F ? fe(F, l) : E ? le(E, l) : d ? ne(d, l) : ne(_2, l);
  }
  if (ln(n, e), p) for (let f of r) delete f.precedingNode, delete f.enclosingNode, delete f.followingNode;
}
var mn = (t) => !/[\S\n\u2028\u2029]/.test(t);
function _o(t, e, r, n) {
  let { comment: o, precedingNode: u } = r[n], { locStart: i, locEnd: a } = e, s = i(o);
  if (u) for (let D = n - 1; D >= 0; D--) {
    let { comment: c, precedingNode: p } = r[D];
    if (p !== u || !mn(t.slice(a(c), s))) break;
    s = i(c);
  }
  return J(t, s, { backwards: true });
}
function Ao(t, e, r, n) {
  let { comment: o, followingNode: u } = r[n], { locStart: i, locEnd: a } = e, s = a(o);
  if (u) for (let D = n + 1; D < r.length; D++) {
    let { comment: c, followingNode: p } = r[D];
    if (p !== u || !mn(t.slice(s, i(c)))) break;
    s = a(c);
  }
  return J(t, s);
}
function ln(t, e) {
  let r = t.length;
  if (r === 0) return;
  let { precedingNode: n, followingNode: o } = t[0], u = e.locStart(o), i;
  for (i = r; i > 0; --i) {
    let { comment: a, precedingNode: s, followingNode: D } = t[i - 1];
    I(s, n), I(D, o);
    let c = e.originalText.slice(e.locEnd(a), u);
    if (e.printer.isGap?.(c, e) ?? /^[\s(]*$/.test(c)) u = e.locStart(a);
    else break;
  }
  for (let [a, { comment: s }] of t.entries()) a < i ? fe(n, s) : le(o, s);
  for (let a of [n, o]) a.comments && a.comments.length > 1 && a.comments.sort((s, D) => e.locStart(s) - e.locStart(D));
  t.length = 0;
}
function Ut(t, e, r) {
  let n = r.locStart(e) - 1;
  for (let o = 1; o < t.length; ++o) if (n < r.locStart(t[o])) return o - 1;
  return 0;
}
function xo(t, e) {
  let r = e - 1;
  r = U(t, r, { backwards: true }), r = z(t, r, { backwards: true }), r = U(t, r, { backwards: true });
  let n = z(t, r, { backwards: true });
  return r !== n;
}
var Le = xo;
var dn = () => true;
function Fn(t, e) {
  let r = t.node;
  return r.printed = true, e.printer.printComment(t, e);
}
function To(t, e) {
  let r = t.node, n = [Fn(t, e)], { printer: o, originalText: u, locStart: i, locEnd: a } = e;
  if (o.isBlockComment?.(r)) {
    let c = " ";
    J(u, a(r)) && (J(u, i(r), { backwards: true }) ? c = $ : c = et), n.push(c);
  } else n.push($);
  let D = z(u, U(u, a(r)));
  return D !== false && J(u, D) && n.push($), n;
}
function No(t, e, r) {
  let n = t.node, o = Fn(t, e), { printer: u, originalText: i, locStart: a } = e, s = u.isBlockComment?.(n);
  if (r?.hasLineSuffix && !r?.isBlock || J(i, a(n), { backwards: true })) {
    let D = Le(i, a(n));
    return { doc: Ie([$, D ? $ : "", o]), isBlock: s, hasLineSuffix: true };
  }
  return !s || r?.hasLineSuffix ? { doc: [Ie([" ", o]), ce], isBlock: s, hasLineSuffix: true } : { doc: [" ", o], isBlock: s, hasLineSuffix: false };
}
function Bo(t, e, r) {
  let n = e[/* @__PURE__ */ Symbol.for("printedComments")], o = r?.filter ?? dn, u = new Set(t.node?.comments?.filter((i) => !n?.has(i) && i.leading && o(i)));
  return u.size === 0 ? "" : t.map(({ node: i }) => u.has(i) ? To(t, e) : "", "comments").filter(Boolean);
}
function wo(t, e, r) {
  let n = t.node?.comments, o = new Set(n?.filter((c) => c.trailing)), u = e[/* @__PURE__ */ Symbol.for("printedComments")], i = r?.filter ?? dn, a = new Set(n?.filter((c) => o.has(c) && !u?.has(c) && i(c)));
  if (a.size === 0) return "";
  let s = [], D;
  return t.each(({ node: c }) => {
    o.has(c) && (D = No(t, e, D), a.has(c) && s.push(D.doc));
  }, "comments"), s;
}
function En(t, e, r, n) {
  let o = Bo(t, r, n), u = wo(t, r, n);
  return o || u ? Ce(e, (i) => [o, i, u]) : e;
}
function Cn(t) {
  let { [oe]: e, [/* @__PURE__ */ Symbol.for("printedComments")]: r } = t;
  for (let n of e) {
    if (!n.printed && !r.has(n)) throw new Error('Comment "' + n.value.trim() + '" was not printed. Please report this error!');
    delete n.printed;
  }
}
var hn = () => I;
var ve = class extends Error {
  name = "ConfigError";
};
var Me = class extends Error {
  name = "UndefinedParserError";
};
var So = Object.hasOwn ?? Function.prototype.call.bind(Object.prototype.hasOwnProperty);
var pe = So;
var gn = { checkIgnorePragma: { category: "Special", type: "boolean", default: false, description: "Check whether the file's first docblock comment contains '@noprettier' or '@noformat' to determine if it should be formatted.", cliCategory: "Other" }, cursorOffset: { category: "Special", type: "int", default: -1, range: { start: -1, end: 1 / 0, step: 1 }, description: "Print (to stderr) where a cursor at the given position would move to after formatting.", cliCategory: "Editor" }, endOfLine: { category: "Global", type: "choice", default: "lf", description: "Which end of line characters to apply.", choices: [{ value: "lf", description: "Line Feed only (\\n), common on Linux and macOS as well as inside git repos" }, { value: "crlf", description: "Carriage Return + Line Feed characters (\\r\\n), common on Windows" }, { value: "cr", description: "Carriage Return character only (\\r), used very rarely" }, { value: "auto", description: `Maintain existing
(mixed values within one file are normalised by looking at what's used after the first line)` }] }, filepath: { category: "Special", type: "path", description: "Specify the input filepath. This will be used to do parser inference.", cliName: "stdin-filepath", cliCategory: "Other", cliDescription: "Path to the file to pretend that stdin comes from." }, insertPragma: { category: "Special", type: "boolean", default: false, description: "Insert @format pragma into file's first docblock comment.", cliCategory: "Other" }, parser: { category: "Global", type: "choice", default: void 0, description: "Which parser to use.", exception: (t) => typeof t == "string" || typeof t == "function", choices: [{ value: "flow", description: "Flow" }, { value: "babel", description: "JavaScript" }, { value: "babel-flow", description: "Flow" }, { value: "babel-ts", description: "TypeScript" }, { value: "typescript", description: "TypeScript" }, { value: "acorn", description: "JavaScript" }, { value: "espree", description: "JavaScript" }, { value: "meriyah", description: "JavaScript" }, { value: "css", description: "CSS" }, { value: "less", description: "Less" }, { value: "scss", description: "SCSS" }, { value: "json", description: "JSON" }, { value: "json5", description: "JSON5" }, { value: "jsonc", description: "JSON with Comments" }, { value: "json-stringify", description: "JSON.stringify" }, { value: "graphql", description: "GraphQL" }, { value: "markdown", description: "Markdown" }, { value: "mdx", description: "MDX" }, { value: "vue", description: "Vue" }, { value: "yaml", description: "YAML" }, { value: "glimmer", description: "Ember / Handlebars" }, { value: "html", description: "HTML" }, { value: "angular", description: "Angular" }, { value: "lwc", description: "Lightning Web Components" }, { value: "mjml", description: "MJML" }] }, plugins: { type: "path", array: true, default: [{ value: [] }], category: "Global", description: "Add a plugin. Multiple plugins can be passed as separate `--plugin`s.", exception: (t) => typeof t == "string" || typeof t == "object", cliName: "plugin", cliCategory: "Config" }, printWidth: { category: "Global", type: "int", default: 80, description: "The line length where Prettier will try wrap.", range: { start: 0, end: 1 / 0, step: 1 } }, rangeEnd: { category: "Special", type: "int", default: 1 / 0, range: { start: 0, end: 1 / 0, step: 1 }, description: `Format code ending at a given character offset (exclusive).
The range will extend forwards to the end of the selected statement.`, cliCategory: "Editor" }, rangeStart: { category: "Special", type: "int", default: 0, range: { start: 0, end: 1 / 0, step: 1 }, description: `Format code starting at a given character offset.
The range will extend backwards to the start of the first line containing the selected statement.`, cliCategory: "Editor" }, requirePragma: { category: "Special", type: "boolean", default: false, description: "Require either '@prettier' or '@format' to be present in the file's first docblock comment in order for it to be formatted.", cliCategory: "Other" }, tabWidth: { type: "int", category: "Global", default: 2, description: "Number of spaces per indentation level.", range: { start: 0, end: 1 / 0, step: 1 } }, useTabs: { category: "Global", type: "boolean", default: false, description: "Indent with tabs instead of spaces." }, embeddedLanguageFormatting: { category: "Global", type: "choice", default: "auto", description: "Control how Prettier formats quoted code embedded in the file.", choices: [{ value: "auto", description: "Format embedded code if Prettier can automatically identify it." }, { value: "off", description: "Never automatically format embedded code." }] } };
function at({ plugins: t = [], showDeprecated: e = false } = {}) {
  let r = t.flatMap((o) => o.languages ?? []), n = [];
  for (let o of Po(Object.assign({}, ...t.map(({ options: u }) => u), gn))) !e && o.deprecated || (Array.isArray(o.choices) && (e || (o.choices = o.choices.filter((u) => !u.deprecated)), o.name === "parser" && (o.choices = [...o.choices, ...Oo(o.choices, r, t)])), o.pluginDefaults = Object.fromEntries(t.filter((u) => u.defaultOptions?.[o.name] !== void 0).map((u) => [u.name, u.defaultOptions[o.name]])), n.push(o));
  return { languages: r, options: n };
}
function* Oo(t, e, r) {
  let n = new Set(t.map((o) => o.value));
  for (let o of e) if (o.parsers) {
    for (let u of o.parsers) if (!n.has(u)) {
      n.add(u);
      let i = r.find((s) => s.parsers && pe(s.parsers, u)), a = o.name;
      i?.name && (a += ` (plugin: ${i.name})`), yield { value: u, description: a };
    }
  }
}
function Po(t) {
  let e = [];
  for (let [r, n] of Object.entries(t)) {
    let o = { name: r, ...n };
    Array.isArray(o.default) && (o.default = A(0, o.default, -1).value), e.push(o);
  }
  return e;
}
var bo = Array.prototype.toReversed ?? function() {
  return [...this].reverse();
};
var ko = Q("toReversed", function() {
  if (Array.isArray(this)) return bo;
});
var yn = ko;
function Io() {
  let t = globalThis, e = t.process?.platform;
  if (typeof e == "string") return e.startsWith("win");
  let r = t.Deno?.build?.os;
  return typeof r == "string" ? r === "windows" : t.navigator?.platform?.startsWith("Win") ?? false;
}
var Ro = Io();
function _n(t) {
  if (t = t instanceof URL ? t : new URL(t), t.protocol !== "file:") throw new TypeError(`URL must be a file URL: received "${t.protocol}"`);
  return t;
}
function Lo(t) {
  return t = _n(t), decodeURIComponent(t.pathname.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
}
function vo(t) {
  t = _n(t);
  let e = decodeURIComponent(t.pathname.replace(/\//g, "\\").replace(/%(?![0-9A-Fa-f]{2})/g, "%25")).replace(/^\\*([A-Za-z]:)(\\|$)/, "$1\\");
  return t.hostname !== "" && (e = `\\\\${t.hostname}${e}`), e;
}
function Wt(t) {
  return Ro ? vo(t) : Lo(t);
}
var An = (t) => String(t).split(/[/\\]/).pop();
var xn = (t) => String(t).startsWith("file:");
function Tn(t, e) {
  if (!e) return;
  let r = An(e).toLowerCase();
  return t.find(({ filenames: n }) => n?.some((o) => o.toLowerCase() === r)) ?? t.find(({ extensions: n }) => n?.some((o) => r.endsWith(o)));
}
function Mo(t, e) {
  if (e) return t.find(({ name: r }) => r.toLowerCase() === e) ?? t.find(({ aliases: r }) => r?.includes(e)) ?? t.find(({ extensions: r }) => r?.includes(`.${e}`));
}
var Yo = void 0;
function Nn(t, e) {
  if (e) {
    if (xn(e)) try {
      e = Wt(e);
    } catch {
      return;
    }
    if (typeof e == "string") return t.find(({ isSupported: r }) => r?.({ filepath: e }));
  }
}
function jo(t, e) {
  let r = yn(0, t.plugins).flatMap((o) => o.languages ?? []);
  return (Mo(r, e.language) ?? Tn(r, e.physicalFile) ?? Tn(r, e.file) ?? Nn(r, e.physicalFile) ?? Nn(r, e.file) ?? Yo?.(r, e.physicalFile))?.parsers[0];
}
var Dt = jo;
var se = { key: (t) => /^[$_a-zA-Z][$_a-zA-Z0-9]*$/.test(t) ? t : JSON.stringify(t), value(t) {
  if (t === null || typeof t != "object") return JSON.stringify(t);
  if (Array.isArray(t)) return `[${t.map((r) => se.value(r)).join(", ")}]`;
  let e = Object.keys(t);
  return e.length === 0 ? "{}" : `{ ${e.map((r) => `${se.key(r)}: ${se.value(t[r])}`).join(", ")} }`;
}, pair: ({ key: t, value: e }) => se.value({ [t]: e }) };
var Bn = new Proxy(String, { get: () => Bn });
var G = Bn;
var wn = (t, e, { descriptor: r }) => {
  let n = [`${G.yellow(typeof t == "string" ? r.key(t) : r.pair(t))} is deprecated`];
  return e && n.push(`we now treat it as ${G.blue(typeof e == "string" ? r.key(e) : r.pair(e))}`), n.join("; ") + ".";
};
var ct = /* @__PURE__ */ Symbol.for("vnopts.VALUE_NOT_EXIST");
var xe = /* @__PURE__ */ Symbol.for("vnopts.VALUE_UNCHANGED");
var Sn = " ".repeat(2);
var Pn = (t, e, r) => {
  let { text: n, list: o } = r.normalizeExpectedResult(r.schemas[t].expected(r)), u = [];
  return n && u.push(On(t, e, n, r.descriptor)), o && u.push([On(t, e, o.title, r.descriptor)].concat(o.values.map((i) => bn(i, r.loggerPrintWidth))).join(`
`)), kn(u, r.loggerPrintWidth);
};
function On(t, e, r, n) {
  return [`Invalid ${G.red(n.key(t))} value.`, `Expected ${G.blue(r)},`, `but received ${e === ct ? G.gray("nothing") : G.red(n.value(e))}.`].join(" ");
}
function bn({ text: t, list: e }, r) {
  let n = [];
  return t && n.push(`- ${G.blue(t)}`), e && n.push([`- ${G.blue(e.title)}:`].concat(e.values.map((o) => bn(o, r - Sn.length).replace(/^|\n/g, `$&${Sn}`))).join(`
`)), kn(n, r);
}
function kn(t, e) {
  if (t.length === 1) return t[0];
  let [r, n] = t, [o, u] = t.map((i) => i.split(`
`, 1)[0].length);
  return o > e && o > u ? n : r;
}
var Te = [];
var $t = [];
function lt(t, e, r) {
  if (t === e) return 0;
  let n = r?.maxDistance, o = t;
  t.length > e.length && (t = e, e = o);
  let u = t.length, i = e.length;
  for (; u > 0 && t.charCodeAt(~-u) === e.charCodeAt(~-i); ) u--, i--;
  let a = 0;
  for (; a < u && t.charCodeAt(a) === e.charCodeAt(a); ) a++;
  if (u -= a, i -= a, n !== void 0 && i - u > n) return n;
  if (u === 0) return n !== void 0 && i > n ? n : i;
  let s, D, c, p, f = 0, m = 0;
  for (; f < u; ) $t[f] = t.charCodeAt(a + f), Te[f] = ++f;
  for (; m < i; ) {
    for (s = e.charCodeAt(a + m), c = m++, D = m, f = 0; f < u; f++) p = s === $t[f] ? c : c + 1, c = Te[f], D = Te[f] = c > D ? p > D ? D + 1 : p : p > c ? c + 1 : p;
    if (n !== void 0) {
      let l = D;
      for (f = 0; f < u; f++) Te[f] < l && (l = Te[f]);
      if (l > n) return n;
    }
  }
  return Te.length = u, $t.length = u, n !== void 0 && D > n ? n : D;
}
function In(t, e, r) {
  if (!Array.isArray(e) || e.length === 0) return;
  let n = r?.maxDistance, o = t.length;
  for (let s of e) if (s === t) return s;
  if (n === 0) return;
  let u, i = Number.POSITIVE_INFINITY, a = /* @__PURE__ */ new Set();
  for (let s of e) {
    if (a.has(s)) continue;
    a.add(s);
    let D = Math.abs(s.length - o);
    if (D >= i || n !== void 0 && D > n) continue;
    let c = Number.isFinite(i) ? n === void 0 ? i : Math.min(i, n) : n, p = c === void 0 ? lt(t, s) : lt(t, s, { maxDistance: c });
    if (n !== void 0 && p > n) continue;
    let f = p;
    if (c !== void 0 && p === c && c === n && (f = lt(t, s)), f < i && (i = f, u = s, i === 0)) break;
  }
  if (!(n !== void 0 && i > n)) return u;
}
var ft = (t, e, { descriptor: r, logger: n, schemas: o }) => {
  let u = [`Ignored unknown option ${G.yellow(r.pair({ key: t, value: e }))}.`], i = In(t, Object.keys(o), { maxDistance: 3 });
  i && u.push(`Did you mean ${G.blue(r.key(i))}?`), n.warn(u.join(" "));
};
var Uo = ["default", "expected", "validate", "deprecated", "forward", "redirect", "overlap", "preprocess", "postprocess"];
function Vo(t, e) {
  let r = new t(e), n = Object.create(r);
  for (let o of Uo) o in e && (n[o] = Wo(e[o], r, O.prototype[o].length));
  return n;
}
var O = class {
  static create(e) {
    return Vo(this, e);
  }
  constructor(e) {
    this.name = e.name;
  }
  default(e) {
  }
  expected(e) {
    return "nothing";
  }
  validate(e, r) {
    return false;
  }
  deprecated(e, r) {
    return false;
  }
  forward(e, r) {
  }
  redirect(e, r) {
  }
  overlap(e, r, n) {
    return e;
  }
  preprocess(e, r) {
    return e;
  }
  postprocess(e, r) {
    return xe;
  }
};
function Wo(t, e, r) {
  return typeof t == "function" ? (...n) => t(...n.slice(0, r - 1), e, ...n.slice(r - 1)) : () => t;
}
var pt = class extends O {
  constructor(e) {
    super(e), this._sourceName = e.sourceName;
  }
  expected(e) {
    return e.schemas[this._sourceName].expected(e);
  }
  validate(e, r) {
    return r.schemas[this._sourceName].validate(e, r);
  }
  redirect(e, r) {
    return this._sourceName;
  }
};
var mt = class extends O {
  expected() {
    return "anything";
  }
  validate() {
    return true;
  }
};
var dt = class extends O {
  constructor({ valueSchema: e, name: r = e.name, ...n }) {
    super({ ...n, name: r }), this._valueSchema = e;
  }
  expected(e) {
    let { text: r, list: n } = e.normalizeExpectedResult(this._valueSchema.expected(e));
    return { text: r && `an array of ${r}`, list: n && { title: "an array of the following values", values: [{ list: n }] } };
  }
  validate(e, r) {
    if (!Array.isArray(e)) return false;
    let n = [];
    for (let o of e) {
      let u = r.normalizeValidateResult(this._valueSchema.validate(o, r), o);
      u !== true && n.push(u.value);
    }
    return n.length === 0 ? true : { value: n };
  }
  deprecated(e, r) {
    let n = [];
    for (let o of e) {
      let u = r.normalizeDeprecatedResult(this._valueSchema.deprecated(o, r), o);
      u !== false && n.push(...u.map(({ value: i }) => ({ value: [i] })));
    }
    return n;
  }
  forward(e, r) {
    let n = [];
    for (let o of e) {
      let u = r.normalizeForwardResult(this._valueSchema.forward(o, r), o);
      n.push(...u.map(Rn));
    }
    return n;
  }
  redirect(e, r) {
    let n = [], o = [];
    for (let u of e) {
      let i = r.normalizeRedirectResult(this._valueSchema.redirect(u, r), u);
      "remain" in i && n.push(i.remain), o.push(...i.redirect.map(Rn));
    }
    return n.length === 0 ? { redirect: o } : { redirect: o, remain: n };
  }
  overlap(e, r) {
    return e.concat(r);
  }
};
function Rn({ from: t, to: e }) {
  return { from: [t], to: e };
}
var Ft = class extends O {
  expected() {
    return "true or false";
  }
  validate(e) {
    return typeof e == "boolean";
  }
};
function vn(t, e) {
  let r = /* @__PURE__ */ Object.create(null);
  for (let n of t) {
    let o = n[e];
    if (r[o]) throw new Error(`Duplicate ${e} ${JSON.stringify(o)}`);
    r[o] = n;
  }
  return r;
}
function Mn(t, e) {
  let r = /* @__PURE__ */ new Map();
  for (let n of t) {
    let o = n[e];
    if (r.has(o)) throw new Error(`Duplicate ${e} ${JSON.stringify(o)}`);
    r.set(o, n);
  }
  return r;
}
function Yn() {
  let t = /* @__PURE__ */ Object.create(null);
  return (e) => {
    let r = JSON.stringify(e);
    return t[r] ? true : (t[r] = true, false);
  };
}
function jn(t, e) {
  let r = [], n = [];
  for (let o of t) e(o) ? r.push(o) : n.push(o);
  return [r, n];
}
function Un(t) {
  return t === Math.floor(t);
}
function Vn(t, e) {
  if (t === e) return 0;
  let r = typeof t, n = typeof e, o = ["undefined", "object", "boolean", "number", "string"];
  return r !== n ? o.indexOf(r) - o.indexOf(n) : r !== "string" ? Number(t) - Number(e) : t.localeCompare(e);
}
function Wn(t) {
  return (...e) => {
    let r = t(...e);
    return typeof r == "string" ? new Error(r) : r;
  };
}
function zt(t) {
  return t === void 0 ? {} : t;
}
function Gt(t) {
  if (typeof t == "string") return { text: t };
  let { text: e, list: r } = t;
  return $o((e || r) !== void 0, "Unexpected `expected` result, there should be at least one field."), r ? { text: e, list: { title: r.title, values: r.values.map(Gt) } } : { text: e };
}
function Kt(t, e) {
  return t === true ? true : t === false ? { value: e } : t;
}
function Ht(t, e, r = false) {
  return t === false ? false : t === true ? r ? true : [{ value: e }] : "value" in t ? [t] : t.length === 0 ? false : t;
}
function Ln(t, e) {
  return typeof t == "string" || "key" in t ? { from: e, to: t } : "from" in t ? { from: t.from, to: t.to } : { from: e, to: t.to };
}
function Et(t, e) {
  return t === void 0 ? [] : Array.isArray(t) ? t.map((r) => Ln(r, e)) : [Ln(t, e)];
}
function Jt(t, e) {
  let r = Et(typeof t == "object" && "redirect" in t ? t.redirect : t, e);
  return r.length === 0 ? { remain: e, redirect: r } : typeof t == "object" && "remain" in t ? { remain: t.remain, redirect: r } : { redirect: r };
}
function $o(t, e) {
  if (!t) throw new Error(e);
}
var Ct = class extends O {
  constructor(e) {
    super(e), this._choices = Mn(e.choices.map((r) => r && typeof r == "object" ? r : { value: r }), "value");
  }
  expected({ descriptor: e }) {
    let r = Array.from(this._choices.keys()).map((i) => this._choices.get(i)).filter(({ hidden: i }) => !i).map((i) => i.value).sort(Vn).map(e.value), n = r.slice(0, -2), o = r.slice(-2);
    return { text: n.concat(o.join(" or ")).join(", "), list: { title: "one of the following values", values: r } };
  }
  validate(e) {
    return this._choices.has(e);
  }
  deprecated(e) {
    let r = this._choices.get(e);
    return r && r.deprecated ? { value: e } : false;
  }
  forward(e) {
    let r = this._choices.get(e);
    return r ? r.forward : void 0;
  }
  redirect(e) {
    let r = this._choices.get(e);
    return r ? r.redirect : void 0;
  }
};
var ht = class extends O {
  expected() {
    return "a number";
  }
  validate(e, r) {
    return typeof e == "number";
  }
};
var gt = class extends ht {
  expected() {
    return "an integer";
  }
  validate(e, r) {
    return r.normalizeValidateResult(super.validate(e, r), e) === true && Un(e);
  }
};
var Ye = class extends O {
  expected() {
    return "a string";
  }
  validate(e) {
    return typeof e == "string";
  }
};
var $n = se;
var zn = ft;
var Gn = Pn;
var Kn = wn;
var yt = class {
  constructor(e, r) {
    let { logger: n = console, loggerPrintWidth: o = 80, descriptor: u = $n, unknown: i = zn, invalid: a = Gn, deprecated: s = Kn, missing: D = () => false, required: c = () => false, preprocess: p = (m) => m, postprocess: f = () => xe } = r || {};
    this._utils = { descriptor: u, logger: n || { warn: () => {
    } }, loggerPrintWidth: o, schemas: vn(e, "name"), normalizeDefaultResult: zt, normalizeExpectedResult: Gt, normalizeDeprecatedResult: Ht, normalizeForwardResult: Et, normalizeRedirectResult: Jt, normalizeValidateResult: Kt }, this._unknownHandler = i, this._invalidHandler = Wn(a), this._deprecatedHandler = s, this._identifyMissing = (m, l) => !(m in l) || D(m, l), this._identifyRequired = c, this._preprocess = p, this._postprocess = f, this.cleanHistory();
  }
  cleanHistory() {
    this._hasDeprecationWarned = Yn();
  }
  normalize(e) {
    let r = {}, o = [this._preprocess(e, this._utils)], u = () => {
      for (; o.length !== 0; ) {
        let i = o.shift(), a = this._applyNormalization(i, r);
        o.push(...a);
      }
    };
    u();
    for (let i of Object.keys(this._utils.schemas)) {
      let a = this._utils.schemas[i];
      if (!(i in r)) {
        let s = zt(a.default(this._utils));
        "value" in s && o.push({ [i]: s.value });
      }
    }
    u();
    for (let i of Object.keys(this._utils.schemas)) {
      if (!(i in r)) continue;
      let a = this._utils.schemas[i], s = r[i], D = a.postprocess(s, this._utils);
      D !== xe && (this._applyValidation(D, i, a), r[i] = D);
    }
    return this._applyPostprocess(r), this._applyRequiredCheck(r), r;
  }
  _applyNormalization(e, r) {
    let n = [], { knownKeys: o, unknownKeys: u } = this._partitionOptionKeys(e);
    for (let i of o) {
      let a = this._utils.schemas[i], s = a.preprocess(e[i], this._utils);
      this._applyValidation(s, i, a);
      let D = ({ from: m, to: l }) => {
        n.push(typeof l == "string" ? { [l]: m } : { [l.key]: l.value });
      }, c = ({ value: m, redirectTo: l }) => {
        let F = Ht(a.deprecated(m, this._utils), s, true);
        if (F !== false) if (F === true) this._hasDeprecationWarned(i) || this._utils.logger.warn(this._deprecatedHandler(i, l, this._utils));
        else for (let { value: d } of F) {
          let E = { key: i, value: d };
          if (!this._hasDeprecationWarned(E)) {
            let C = typeof l == "string" ? { key: l, value: d } : l;
            this._utils.logger.warn(this._deprecatedHandler(E, C, this._utils));
          }
        }
      };
      Et(a.forward(s, this._utils), s).forEach(D);
      let f = Jt(a.redirect(s, this._utils), s);
      if (f.redirect.forEach(D), "remain" in f) {
        let m = f.remain;
        r[i] = i in r ? a.overlap(r[i], m, this._utils) : m, c({ value: m });
      }
      for (let { from: m, to: l } of f.redirect) c({ value: m, redirectTo: l });
    }
    for (let i of u) {
      let a = e[i];
      this._applyUnknownHandler(i, a, r, (s, D) => {
        n.push({ [s]: D });
      });
    }
    return n;
  }
  _applyRequiredCheck(e) {
    for (let r of Object.keys(this._utils.schemas)) if (this._identifyMissing(r, e) && this._identifyRequired(r)) throw this._invalidHandler(r, ct, this._utils);
  }
  _partitionOptionKeys(e) {
    let [r, n] = jn(Object.keys(e).filter((o) => !this._identifyMissing(o, e)), (o) => o in this._utils.schemas);
    return { knownKeys: r, unknownKeys: n };
  }
  _applyValidation(e, r, n) {
    let o = Kt(n.validate(e, this._utils), e);
    if (o !== true) throw this._invalidHandler(r, o.value, this._utils);
  }
  _applyUnknownHandler(e, r, n, o) {
    let u = this._unknownHandler(e, r, this._utils);
    if (u) for (let i of Object.keys(u)) {
      if (this._identifyMissing(i, u)) continue;
      let a = u[i];
      i in this._utils.schemas ? o(i, a) : n[i] = a;
    }
  }
  _applyPostprocess(e) {
    let r = this._postprocess(e, this._utils);
    if (r !== xe) {
      if (r.delete) for (let n of r.delete) delete e[n];
      if (r.override) {
        let { knownKeys: n, unknownKeys: o } = this._partitionOptionKeys(r.override);
        for (let u of n) {
          let i = r.override[u];
          this._applyValidation(i, u, this._utils.schemas[u]), e[u] = i;
        }
        for (let u of o) {
          let i = r.override[u];
          this._applyUnknownHandler(u, i, e, (a, s) => {
            let D = this._utils.schemas[a];
            this._applyValidation(s, a, D), e[a] = s;
          });
        }
      }
    }
  }
};
var qt;
function zo(t, e, { logger: r = false, isCLI: n = false, passThrough: o = false, FlagSchema: u, descriptor: i } = {}) {
  if (n) {
    if (!u) throw new Error("'FlagSchema' option is required.");
    if (!i) throw new Error("'descriptor' option is required.");
  } else i = se;
  let a = o ? Array.isArray(o) ? (f, m) => o.includes(f) ? { [f]: m } : void 0 : (f, m) => ({ [f]: m }) : (f, m, l) => {
    let { _: F, ...d } = l.schemas;
    return ft(f, m, { ...l, schemas: d });
  }, s = Go(e, { isCLI: n, FlagSchema: u }), D = new yt(s, { logger: r, unknown: a, descriptor: i }), c = r !== false;
  c && qt && (D._hasDeprecationWarned = qt);
  let p = D.normalize(t);
  return c && (qt = D._hasDeprecationWarned), p;
}
function Go(t, { isCLI: e, FlagSchema: r }) {
  let n = [];
  e && n.push(mt.create({ name: "_" }));
  for (let o of t) n.push(Ko(o, { isCLI: e, optionInfos: t, FlagSchema: r })), o.alias && e && n.push(pt.create({ name: o.alias, sourceName: o.name }));
  return n;
}
function Ko(t, { isCLI: e, optionInfos: r, FlagSchema: n }) {
  let { name: o } = t, u = { name: o }, i, a = {};
  switch (t.type) {
    case "int":
      i = gt, e && (u.preprocess = Number);
      break;
    case "string":
      i = Ye;
      break;
    case "choice":
      i = Ct, u.choices = t.choices.map((s) => s?.redirect ? { ...s, redirect: { to: { key: t.name, value: s.redirect } } } : s);
      break;
    case "boolean":
      i = Ft;
      break;
    case "flag":
      i = n, u.flags = r.flatMap((s) => [s.alias, s.description && s.name, s.oppositeDescription && `no-${s.name}`].filter(Boolean));
      break;
    case "path":
      i = Ye;
      break;
    default:
      throw new Error(`Unexpected type ${t.type}`);
  }
  if (t.exception ? u.validate = (s, D, c) => t.exception(s) || D.validate(s, c) : u.validate = (s, D, c) => s === void 0 || D.validate(s, c), t.redirect && (a.redirect = (s) => s ? { to: typeof t.redirect == "string" ? t.redirect : { key: t.redirect.option, value: t.redirect.value } } : void 0), t.deprecated && (a.deprecated = true), e && !t.array) {
    let s = u.preprocess || ((D) => D);
    u.preprocess = (D, c, p) => c.preprocess(s(Array.isArray(D) ? A(0, D, -1) : D), p);
  }
  return t.array ? dt.create({ ...e ? { preprocess: (s) => Array.isArray(s) ? s : [s] } : {}, ...a, valueSchema: i.create(u) }) : i.create({ ...u, ...a });
}
var Hn = zo;
var Ho = Array.prototype.findLast ?? function(t) {
  for (let e = this.length - 1; e >= 0; e--) {
    let r = this[e];
    if (t(r, e, this)) return r;
  }
};
var Jo = Q("findLast", function() {
  if (Array.isArray(this)) return Ho;
});
var Xt = Jo;
var Jn = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
var Qt = [];
function qo(t) {
  return !!t?.[Jn];
}
var me = qo;
var qn = /* @__PURE__ */ new Set(["yaml", "toml"]);
var je = ({ node: t }) => me(t) && qn.has(t.language);
async function Zt(t, e, r, n) {
  let { node: o } = r, { language: u } = o;
  if (!qn.has(u)) return;
  let i = o.value.trim(), a;
  if (i) {
    let s = u === "yaml" ? u : Dt(n, { language: u });
    if (!s) return;
    a = i ? await t(i, { parser: s }) : "";
  } else a = i;
  return Qe([o.startDelimiter, o.explicitLanguage ?? "", $, a, a ? $ : "", o.endDelimiter]);
}
function Xo(t, e) {
  return je({ node: t }) && (delete e.end, delete e.raw, delete e.value), e;
}
var er = Xo;
function Qo({ node: t }) {
  return t.raw;
}
var tr = Qo;
var Xn = /* @__PURE__ */ new Set(["tokens", "comments", "parent", "enclosingNode", "precedingNode", "followingNode"]);
var Zo = (t) => Object.keys(t).filter((e) => !Xn.has(e));
function ei(t, e) {
  let r = t ? (n) => t(n, Xn) : Zo;
  return e ? new Proxy(r, { apply: (n, o, u) => me(u[0]) ? Qt : Reflect.apply(n, o, u) }) : r;
}
var rr = ei;
function nr(t, e) {
  if (!e) throw new Error("parserName is required.");
  let r = Xt(0, t, (o) => o.parsers && pe(o.parsers, e));
  if (r) return r;
  let n = `Couldn't resolve parser "${e}".`;
  throw n += " Plugins must be explicitly added to the standalone bundle.", new ve(n);
}
function Qn(t, e) {
  if (!e) throw new Error("astFormat is required.");
  let r = Xt(0, t, (o) => o.printers && pe(o.printers, e));
  if (r) return r;
  let n = `Couldn't find plugin for AST format "${e}".`;
  throw n += " Plugins must be explicitly added to the standalone bundle.", new ve(n);
}
function Ue({ plugins: t, parser: e }) {
  let r = nr(t, e);
  return ur(r, e);
}
function ur(t, e) {
  let r = t.parsers[e];
  return typeof r == "function" ? r() : r;
}
async function Zn(t, e) {
  let r = t.printers[e], n = typeof r == "function" ? await r() : r;
  return ni(n);
}
function ti(t) {
  let { features: e, getVisitorKeys: r, embed: n, massageAstNode: o, print: u, ...i } = t;
  e = si(e);
  let a = e.experimental_frontMatterSupport;
  r = rr(r, a.massageAstNode || a.embed || a.print);
  let s = o;
  o && a.massageAstNode && (s = new Proxy(o, { apply(f, m, l) {
    return er(...l), Reflect.apply(f, m, l);
  } }));
  let D = n;
  if (n) {
    let f;
    D = new Proxy(n, { get(m, l, F) {
      return l === "getVisitorKeys" ? (f ?? (f = n.getVisitorKeys ? rr(n.getVisitorKeys, a.massageAstNode || a.embed) : r), f) : Reflect.get(m, l, F);
    }, apply: (m, l, F) => a.embed && je(...F) ? Zt : Reflect.apply(m, l, F) });
  }
  let c = u;
  return a.print && (c = new Proxy(u, { apply(f, m, l) {
    let [F] = l;
    return me(F.node) ? tr(F) : Reflect.apply(f, m, l);
  } })), { features: e, getVisitorKeys: r, embed: D, massageAstNode: s, print: c, ...i };
}
var ri = /* @__PURE__ */ new WeakMap();
function ni(t) {
  return Ee(ri, t, ti);
}
var ui = ["clean", "embed", "print"];
var oi = Object.fromEntries(ui.map((t) => [t, false]));
function ii(t) {
  return { ...oi, ...t };
}
function si(t) {
  return { experimental_avoidAstMutation: false, ...t, experimental_frontMatterSupport: ii(t?.experimental_frontMatterSupport) };
}
var eu = { astFormat: "estree", printer: {}, originalText: void 0, locStart: null, locEnd: null, getVisitorKeys: null };
async function ai(t, e = {}) {
  let r = { ...t };
  if (!r.parser) {
    if (!r.filepath) throw new Me("No parser and no file path given, couldn't infer a parser.");
    if (r.parser = Dt(r, { physicalFile: r.filepath }), !r.parser) throw new Me(`No parser could be inferred for file "${r.filepath}".`);
  }
  let n = at({ plugins: t.plugins, showDeprecated: true }).options, o = { ...eu, ...Object.fromEntries(n.filter((p) => p.default !== void 0).map((p) => [p.name, p.default])) }, u = nr(r.plugins, r.parser), i = await ur(u, r.parser);
  r.astFormat = i.astFormat, r.locEnd = i.locEnd, r.locStart = i.locStart;
  let a = u.printers?.[i.astFormat] ? u : Qn(r.plugins, i.astFormat), s = await Zn(a, i.astFormat);
  r.printer = s, r.getVisitorKeys = s.getVisitorKeys;
  let D = a.defaultOptions ? Object.fromEntries(Object.entries(a.defaultOptions).filter(([, p]) => p !== void 0)) : {}, c = { ...o, ...D };
  for (let [p, f] of Object.entries(c)) r[p] ?? (r[p] = f);
  return r.parser === "json" && (r.trailingComma = "none"), Hn(r, n, { passThrough: Object.keys(eu), ...e });
}
var ae = ai;
var tu = /\r\n|[\n\r\u2028\u2029]/;
function Di(t, e, r, n) {
  let o = { column: null, line: -1, ...t.start }, u = { ...o, ...t.end }, { linesAbove: i = 2, linesBelow: a = 3 } = r || {}, s = o.line - n, D = o.column, c = u.line - n, p = u.column, f = Math.max(s - (i + 1), 0), m = Math.min(e.length, c + a);
  s === -1 && (f = 0), c === -1 && (m = e.length);
  let l = c - s, F = {};
  if (l) for (let d = 0; d <= l; d++) {
    let E = d + s;
    if (D == null) F[E] = true;
    else if (d === 0) {
      let C = e[E - 1].length;
      F[E] = [D, C - D];
    } else if (d === l) F[E] = [0, p];
    else {
      let C = e[E - 1].length;
      F[E] = [0, C];
    }
  }
  else if (D === p) D != null ? F[s] = [D, 0] : F[s] = true;
  else {
    let d = D ?? 0, E = p ?? d;
    F[s] = [d, E - d];
  }
  return { start: f, end: m, markerLines: F };
}
function ru(t, e, r = {}, n) {
  let { defs: o, highlight: u } = n || { defs: { gutter: String, marker: String, message: String, reset: String }, highlight: String }, i = (r.startLine || 1) - 1, a = t.split(tu), { start: s, end: D, markerLines: c } = Di(e, a, r, i), p = e.start && typeof e.start.column == "number", f = String(D + i).length, l = u(t).split(tu, D).slice(s, D).map((F, d) => {
    let E = s + 1 + d, g = ` ${` ${E + i}`.slice(-f)} |`, _2 = c[E], P = !c[E + 1];
    if (_2) {
      let x = "";
      if (Array.isArray(_2)) {
        let N = F.slice(0, _2[0]).replace(/[^\t]/g, " "), q = _2[1] || 1;
        x = [`
 `, o.gutter(g.replace(/\d/g, " ")), " ", N, o.marker("^").repeat(q)].join(""), P && r.message && (x += " " + o.message(r.message));
      }
      return [o.marker(">"), o.gutter(g), F.length > 0 ? ` ${F}` : "", x].join("");
    } else return ` ${o.gutter(g)}${F.length > 0 ? ` ${F}` : ""}`;
  }).join(`
`);
  return r.message && !p && (l = `${" ".repeat(f + 1)}${r.message}
${l}`), o.reset(l);
}
function nu(t, e, r = {}) {
  return ru(t, e, r);
}
async function ci(t, e) {
  let r = await Ue(e), n = r.preprocess ? await r.preprocess(t, e) : t;
  e.originalText = n;
  let o;
  try {
    o = await r.parse(n, e, e);
  } catch (u) {
    li(u, t);
  }
  return { text: n, ast: o };
}
function li(t, e) {
  let { loc: r } = t;
  if (r) {
    let { start: n, end: o } = r;
    n && (n = { line: n.line, column: n.column - 1 }), o && (o = { line: o.line, column: o.column - 1 });
    let u = nu(e, { start: n, end: o }, { highlightCode: true });
    t.message += `
` + u, t.codeFrame = u;
  }
  throw t;
}
var de = ci;
async function uu(t, e, r, n, o) {
  if (r.embeddedLanguageFormatting !== "auto") return;
  let { printer: u } = r, { embed: i } = u;
  if (!i) return;
  if (i.length > 2) throw new Error("printer.embed has too many parameters. The API changed in Prettier v3. Please update your plugin. See https://prettier.io/docs/plugins#optional-embed");
  let { hasPrettierIgnore: a } = u, { getVisitorKeys: s } = i, D = [];
  f();
  let c = t.stack;
  for (let { print: m, node: l, pathStack: F } of D) try {
    t.stack = F;
    let d = await m(p, e, t, r);
    d && o.set(l, d);
  } catch (d) {
    if (globalThis.PRETTIER_DEBUG) throw d;
  }
  t.stack = c;
  function p(m, l) {
    return fi(m, l, r, n);
  }
  function f() {
    let { node: m } = t;
    if (m === null || typeof m != "object" || a?.(t)) return;
    for (let F of s(m)) Array.isArray(m[F]) ? t.each(f, F) : t.call(f, F);
    let l = i(t, r);
    if (l) {
      if (typeof l == "function") {
        D.push({ print: l, node: m, pathStack: [...t.stack] });
        return;
      }
      o.set(m, l);
    }
  }
}
async function fi(t, e, r, n) {
  let o = await ae({ ...r, ...e, parentParser: r.parser, originalText: t, cursorOffset: void 0, rangeStart: void 0, rangeEnd: void 0 }, { passThrough: true }), { ast: u } = await de(t, o), i = await n(u, o);
  return He(i);
}
function pi(t, e, r, n) {
  let { originalText: o, [oe]: u, locStart: i, locEnd: a, [/* @__PURE__ */ Symbol.for("printedComments")]: s } = e, { node: D } = t, c = i(D), p = a(D);
  for (let m of u) i(m) >= c && a(m) <= p && s.add(m);
  let { printPrettierIgnored: f } = e.printer;
  return f ? f(t, e, r, n) : o.slice(c, p);
}
var ou = pi;
async function Ve(t, e) {
  ({ ast: t } = await or(t, e));
  let r = /* @__PURE__ */ new Map(), n = new un(t), o = hn(e), u = /* @__PURE__ */ new Map();
  await uu(n, a, e, Ve, u);
  let i = await iu(n, e, a, void 0, u);
  if (Cn(e), e.cursorOffset >= 0) {
    if (e.nodeAfterCursor && !e.nodeBeforeCursor) return [te, i];
    if (e.nodeBeforeCursor && !e.nodeAfterCursor) return [i, te];
  }
  return i;
  function a(D, c) {
    return D === void 0 || D === n ? s(c) : Array.isArray(D) ? n.call(() => s(c), ...D) : n.call(() => s(c), D);
  }
  function s(D) {
    o(n);
    let c = n.node;
    if (c == null) return "";
    let p = ye(c) && D === void 0;
    if (p && r.has(c)) return r.get(c);
    let f = iu(n, e, a, D, u);
    return p && r.set(c, f), f;
  }
}
function iu(t, e, r, n, o) {
  let { node: u } = t, { printer: i } = e, a;
  switch (i.hasPrettierIgnore?.(t) ? a = ou(t, e, r, n) : o.has(u) ? a = o.get(u) : a = i.print(t, e, r, n), u) {
    case e.cursorNode:
      a = Ce(a, (s) => [te, s, te]);
      break;
    case e.nodeBeforeCursor:
      a = Ce(a, (s) => [s, te]);
      break;
    case e.nodeAfterCursor:
      a = Ce(a, (s) => [te, s]);
      break;
  }
  return i.printComment && ut(u.comments) && !i.willPrintOwnComments?.(t, e) && (a = En(t, a, e)), a;
}
async function or(t, e) {
  let r = t.comments ?? [];
  e[oe] = r, e[/* @__PURE__ */ Symbol.for("printedComments")] = /* @__PURE__ */ new Set(), pn(t, e);
  let { printer: { preprocess: n } } = e;
  return t = n ? await n(t, e) : t, { ast: t, comments: r };
}
function mi(t, e) {
  let { cursorOffset: r, locStart: n, locEnd: o, getVisitorKeys: u } = e, i = (m) => n(m) <= r && o(m) >= r, a = t, s = [t];
  for (let m of an(t, { getVisitorKeys: u, filter: i })) s.push(m), a = m;
  if (Dn(a, { getVisitorKeys: u })) return { cursorNode: a };
  let D, c, p = -1, f = Number.POSITIVE_INFINITY;
  for (; s.length > 0 && (D === void 0 || c === void 0); ) {
    a = s.pop();
    let m = D !== void 0, l = c !== void 0;
    for (let F of Ae(a, { getVisitorKeys: u })) {
      if (!m) {
        let d = o(F);
        d <= r && d > p && (D = F, p = d);
      }
      if (!l) {
        let d = n(F);
        d >= r && d < f && (c = F, f = d);
      }
    }
  }
  return { nodeBeforeCursor: D, nodeAfterCursor: c };
}
var ir = mi;
function di(t, e) {
  let { printer: r } = e, n = r.massageAstNode;
  if (!n) return t;
  let { getVisitorKeys: o } = r, { ignoredProperties: u } = n;
  return i(t);
  function i(a, s) {
    if (!ye(a)) return a;
    if (Array.isArray(a)) return a.map((f) => i(f, s)).filter(Boolean);
    let D = {}, c = new Set(o(a));
    for (let f in a) !pe(a, f) || u?.has(f) || (c.has(f) ? D[f] = i(a[f], a) : D[f] = a[f]);
    let p = n(a, D, s);
    if (p !== null) return p ?? D;
  }
}
var su = di;
var Fi = Array.prototype.findLastIndex ?? function(t) {
  for (let e = this.length - 1; e >= 0; e--) {
    let r = this[e];
    if (t(r, e, this)) return e;
  }
  return -1;
};
var Ei = Q("findLastIndex", function() {
  if (Array.isArray(this)) return Fi;
});
var au = Ei;
function h(t) {
  let e = new Set(t);
  return (r) => e.has(r?.type);
}
var hf = h(["TSAsExpression", "TSSatisfiesExpression", "AsExpression", "AsConstExpression", "SatisfiesExpression"]);
var gf = h(["SatisfiesExpression", "TSSatisfiesExpression"]);
var yf = h(["TSUnionType", "UnionTypeAnnotation"]);
var _f = h(["TSIntersectionType", "IntersectionTypeAnnotation"]);
var Af = h(["TupleTypeAnnotation", "TSTupleType"]);
var xf = h(["TSConditionalType", "ConditionalTypeAnnotation"]);
var Tf = h(["TSTemplateLiteralType", "TemplateLiteralTypeAnnotation"]);
var Nf = h(["TSImportType", "ImportType"]);
var Bf = h(["TSExternalModuleReference", "ExternalModuleReference"]);
var wf = h(["TSTypeAliasDeclaration", "TypeAlias"]);
var Sf = h(["ReturnStatement", "ThrowStatement"]);
var Of = h(["ReturnStatement", "ThrowStatement", "YieldExpression", "UnaryExpression"]);
var Pf = h(["ExportDefaultDeclaration", "DeclareExportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration", "DeclareExportAllDeclaration"]);
var Du = h(["TSExportAssignment", "ExportAssignment"]);
var bf = h(["AbstractMethodDefinition", "TSAbstractMethodDefinition"]);
var kf = h(["AbstractPropertyDefinition", "TSAbstractPropertyDefinition"]);
var If = h(["TSParameterProperty", "ParameterProperty"]);
var Rf = h(["TSNonNullExpression", "NonNullExpression"]);
var Lf = h(["ArrayExpression"]);
var vf = h(["ObjectExpression"]);
var Mf = h(["Literal", "BooleanLiteral", "BigIntLiteral", "DirectiveLiteral", "NullLiteral", "NumericLiteral", "RegExpLiteral", "StringLiteral"]);
var Yf = h(["ObjectTypeAnnotation", "TSTypeLiteral", "TSMappedType"]);
var jf = h(["FunctionExpression", "ArrowFunctionExpression"]);
var Uf = h(["JSXElement", "JSXFragment"]);
var Vf = h(["BinaryExpression", "LogicalExpression", "NGPipeExpression"]);
var Wf = h(["CallExpression", "OptionalCallExpression"]);
var $f = h(["MemberExpression", "OptionalMemberExpression"]);
var zf = h(["CallExpression", "OptionalCallExpression", "NewExpression"]);
var Gf = h(["CallExpression", "OptionalCallExpression", "NewExpression", "ImportExpression"]);
var Kf = h(["ChainExpression", "TSNonNullExpression", "NonNullExpression"]);
var Hf = h(["TSArrayType", "ArrayTypeAnnotation"]);
var Jf = h(["TSTypeParameterInstantiation", "TypeParameterInstantiation"]);
var qf = h(["TSTypeAnnotation", "TypeAnnotation"]);
var Xf = h(["TSModuleDeclaration", "DeclareModule", "DeclareNamespace"]);
var Qf = h(["TSConstructorType", "ConstructorTypeAnnotation"]);
var Zf = h(["ClassDeclaration", "ClassExpression"]);
var ep = h(["ImportNamespaceSpecifier", "ExportNamespaceSpecifier"]);
var tp = h(["TSEnumDeclaration", "EnumDeclaration", "DeclareEnum"]);
var rp = h(["TSEnumBody", "EnumBody"]);
function Ci(t, e) {
  return e = new Set(e), t.find((r) => lu.has(r.type) && e.has(r));
}
function cu(t) {
  let e = au(0, t, (r) => r.type !== "Program" && r.type !== "File");
  return e === -1 ? t : t.slice(0, e + 1);
}
function hi(t, e, r) {
  let { locStart: n, locEnd: o } = r, [u, ...i] = t, [a, ...s] = e;
  if (u === a) return [u, a];
  let D = n(u);
  for (let p of cu(s)) if (n(p) >= D) a = p;
  else break;
  let c = o(a);
  for (let p of cu(i)) {
    if (o(p) <= c) ar(r, p) && (u = p);
    else break;
    if (u === a) break;
  }
  return [u, a];
}
function sr(t, e, r, n, o = [], u, i) {
  let { locStart: a, locEnd: s } = i, D = a(t), c = s(t);
  if (e > c || e < D || u === "rangeEnd" && e === D || u === "rangeStart" && e === c) return;
  let p = [t, ...o], f = st(t, p, { cache: Vt, locStart: a, locEnd: s, getVisitorKeys: r.getVisitorKeys, filter: r.printer.canAttachComment, getChildren: r.printer.getCommentChildNodes });
  for (let m of f) {
    let l = sr(m, e, r, n, p, u, i);
    if (l) return l;
  }
  if (n(t, o[0])) return p;
}
function gi(t, e) {
  return e?.type === "ForStatement" && e.init === t || (e?.type === "ForInStatement" || e?.type === "ForOfStatement") && e.left === t;
}
function yi(t, e) {
  let { type: r } = t;
  return e?.type !== "DeclareExportDeclaration" && r !== "TypeParameterDeclaration" && r !== "TSTypeParameterDeclaration" && !(r === "VariableDeclaration" && gi(t, e)) && (r === "Directive" || r === "TypeAlias" || Du(t) || r.startsWith("Declare") || r.startsWith("TSDeclare") || r.endsWith("Statement") || r.endsWith("Declaration"));
}
var lu = /* @__PURE__ */ new Set(["JsonRoot", "ObjectExpression", "ArrayExpression", "StringLiteral", "NumericLiteral", "BooleanLiteral", "NullLiteral", "UnaryExpression", "TemplateLiteral"]);
var _i = /* @__PURE__ */ new Set(["OperationDefinition", "FragmentDefinition", "VariableDefinition", "TypeExtensionDefinition", "ObjectTypeDefinition", "FieldDefinition", "DirectiveDefinition", "EnumTypeDefinition", "EnumValueDefinition", "InputValueDefinition", "InputObjectTypeDefinition", "SchemaDefinition", "OperationTypeDefinition", "InterfaceTypeDefinition", "UnionTypeDefinition", "ScalarTypeDefinition"]);
function ar(t, e, r) {
  if (!e) return false;
  switch (t.parser) {
    case "flow":
    case "hermes":
    case "babel":
    case "babel-flow":
    case "babel-ts":
    case "typescript":
    case "acorn":
    case "espree":
    case "meriyah":
    case "oxc":
    case "oxc-ts":
    case "yuku":
    case "yuku-ts":
    case "__babel_estree":
      return yi(e, r);
    case "json":
    case "json5":
    case "jsonc":
    case "json-stringify":
      return lu.has(e.type);
    case "graphql":
      return _i.has(e.kind);
    case "vue":
      return e.tag !== "root";
  }
  return false;
}
function fu(t, e, r) {
  let { rangeStart: n, rangeEnd: o } = e;
  I(o > n);
  let u = t.slice(n, o).search(/\S/), i = u === -1;
  if (!i) for (n += u; o > n && !/\S/.test(t[o - 1]); --o) ;
  let a = e.printer.features?.experimental_locForRangeFormat ?? e, s = sr(r, n, e, (l, F) => ar(e, l, F), [], "rangeStart", a);
  if (!s) return;
  let D = i ? s : sr(r, o, e, (l) => ar(e, l), [], "rangeEnd", a);
  if (!D) return;
  let c, p;
  if (r.type === "JsonRoot") {
    let l = Ci(s, D);
    c = l, p = l;
  } else [c, p] = hi(s, D, e);
  let { locStart: f, locEnd: m } = a;
  return [Math.min(f(c), f(p)), Math.max(m(c), m(p))];
}
var pu = /* @__PURE__ */ Symbol("cursor");
async function Fu(t, e, r = 0) {
  if (!t || t.trim().length === 0) return { formatted: "", cursorOffset: -1, comments: [] };
  let { ast: n, text: o } = await de(t, e);
  e.cursorOffset >= 0 && (e = { ...e, ...ir(n, e) });
  let u = await Ve(n, e, r);
  r > 0 && (u = Ze([$, u], r, e.tabWidth));
  let i = he(u, e);
  if (r > 0) {
    let s = i.formatted.trim();
    i.cursorNodeStart !== void 0 && (i.cursorNodeStart -= i.formatted.indexOf(s), i.cursorNodeStart < 0 && (i.cursorNodeStart = 0, i.cursorNodeText = i.cursorNodeText.trimStart()), i.cursorNodeStart + i.cursorNodeText.length > s.length && (i.cursorNodeText = i.cursorNodeText.trimEnd())), i.formatted = s + Se(e.endOfLine);
  }
  let a = e[oe];
  if (e.cursorOffset >= 0) {
    let s, D, c, p;
    if ((e.cursorNode || e.nodeBeforeCursor || e.nodeAfterCursor) && i.cursorNodeText) if (c = i.cursorNodeStart, p = i.cursorNodeText, e.cursorNode) s = e.locStart(e.cursorNode), D = o.slice(s, e.locEnd(e.cursorNode));
    else {
      if (!e.nodeBeforeCursor && !e.nodeAfterCursor) throw new Error("Cursor location must contain at least one of cursorNode, nodeBeforeCursor, nodeAfterCursor");
      s = e.nodeBeforeCursor ? e.locEnd(e.nodeBeforeCursor) : 0;
      let E = e.nodeAfterCursor ? e.locStart(e.nodeAfterCursor) : o.length;
      D = o.slice(s, E);
    }
    else s = 0, D = o, c = 0, p = i.formatted;
    let f = e.cursorOffset - s;
    if (D === p) return { formatted: i.formatted, cursorOffset: c + f, comments: a };
    let m = D.split("");
    m.splice(f, 0, pu);
    let l = p.split(""), F = Nt(m, l), d = c;
    for (let E of F) if (E.removed) {
      if (E.value.includes(pu)) break;
    } else d += E.count;
    return { formatted: i.formatted, cursorOffset: d, comments: a };
  }
  return { formatted: i.formatted, cursorOffset: -1, comments: a };
}
async function Ai(t, e) {
  let { ast: r, text: n } = await de(t, e), [o, u] = fu(n, e, r) ?? [0, 0], i = n.slice(o, u), a = Math.min(o, n.lastIndexOf(`
`, o) + 1), s = n.slice(a, o).match(/^\s*/)[0], D = ge(s, e.tabWidth), c = await Fu(i, { ...e, rangeStart: 0, rangeEnd: Number.POSITIVE_INFINITY, cursorOffset: e.cursorOffset > o && e.cursorOffset <= u ? e.cursorOffset - o : -1, endOfLine: "lf" }, D), p = c.formatted.trimEnd(), { cursorOffset: f } = e;
  f > u ? f += p.length - i.length : c.cursorOffset >= 0 && (f = c.cursorOffset + o);
  let m = n.slice(0, o) + p + n.slice(u);
  if (e.endOfLine !== "lf") {
    let l = Se(e.endOfLine);
    f >= 0 && l === `\r
` && (f += wt(m.slice(0, f), `
`)), m = ue(0, m, `
`, l);
  }
  return { formatted: m, cursorOffset: f, comments: c.comments };
}
function Dr(t, e, r) {
  return typeof e != "number" || Number.isNaN(e) || e < 0 || e > t.length ? r : e;
}
function mu(t, e) {
  let { cursorOffset: r, rangeStart: n, rangeEnd: o } = e;
  return r = Dr(t, r, -1), n = Dr(t, n, 0), o = Dr(t, o, t.length), { ...e, cursorOffset: r, rangeStart: n, rangeEnd: o };
}
function Eu(t, e) {
  let { cursorOffset: r, rangeStart: n, rangeEnd: o, endOfLine: u } = mu(t, e), i = rn(t);
  if (i && (t = t.slice(1), r--, n--, o--), u === "auto" && (u = gr(t)), t.includes("\r")) {
    let a = (s) => wt(t.slice(0, Math.max(s, 0)), `\r
`);
    r -= a(r), n -= a(n), o -= a(o), t = yr(t);
  }
  return { hasBom: i, text: t, options: mu(t, { ...e, cursorOffset: r, rangeStart: n, rangeEnd: o, endOfLine: u }) };
}
async function du(t, e) {
  let r = await Ue(e);
  return !r.hasPragma || r.hasPragma(t);
}
async function xi(t, e) {
  return (await Ue(e)).hasIgnorePragma?.(t);
}
async function cr(t, e) {
  let { hasBom: r, text: n, options: o } = Eu(t, await ae(e));
  if (o.rangeStart >= o.rangeEnd && n !== "" || o.requirePragma && !await du(n, o) || o.checkIgnorePragma && await xi(n, o)) return { formatted: t, cursorOffset: e.cursorOffset, comments: [] };
  let u;
  return o.rangeStart > 0 || o.rangeEnd < n.length ? u = await Ai(n, o) : (!o.requirePragma && o.insertPragma && o.printer.insertPragma && !await du(n, o) && (n = o.printer.insertPragma(n)), u = await Fu(n, o)), r && (u.formatted = nn(u.formatted), u.cursorOffset >= 0 && u.cursorOffset++), u;
}
async function Cu(t, e, r) {
  let { text: n, options: o } = Eu(t, await ae(e)), u = await de(n, o);
  return r && (r.preprocessForPrint && (u.ast = await or(u.ast, o)), r.massage && (u.ast = su(u.ast, o))), u;
}
async function hu(t, e) {
  e = await ae(e);
  let r = await Ve(t, e);
  return he(r, e);
}
async function gu(t, e) {
  let r = Wr(t), { formatted: n } = await cr(r, { ...e, parser: "__js_expression" });
  return n;
}
async function yu(t, e) {
  e = await ae(e);
  let { ast: r } = await de(t, e);
  return e.cursorOffset >= 0 && (e = { ...e, ...ir(r, e) }), Ve(r, e);
}
async function _u(t, e) {
  return he(t, await ae(e));
}
var lr = {};
xt(lr, { builders: () => Ni, printer: () => Bi, utils: () => wi });
var Ni = { join: Je, line: et, softline: jr, hardline: $, literalline: qe, group: Ot, conditionalGroup: Lr, fill: Rr, lineSuffix: Ie, lineSuffixBoundary: Ur, cursor: te, breakParent: ce, ifBreak: vr, trim: Vr, indent: ie, indentIfBreak: Mr, align: De, addAlignmentToDoc: Ze, markAsRoot: Qe, dedentToRoot: kr, dedent: Ir, hardlineWithoutBreakParent: ke, literallineWithoutBreakParent: Pt, label: Yr, concat: (t) => t };
var Bi = { printDocToString: he };
var wi = { willBreak: Nr, traverseDoc: Oe, findInDoc: Ke, mapDoc: be, removeLines: wr, stripTrailingHardline: He, replaceEndOfLine: Sr, canBreak: Or };
var Au = "3.10.1";
var pr = {};
xt(pr, { addDanglingComment: () => ne, addLeadingComment: () => le, addTrailingComment: () => fe, getAlignmentSize: () => ge, getIndentSize: () => xu, getMaxContinuousCount: () => Tu, getNextNonSpaceNonCommentCharacter: () => Nu, getNextNonSpaceNonCommentCharacterIndex: () => Ui, getPreferredQuote: () => Su, getStringWidth: () => Re, hasNewline: () => J, hasNewlineInRange: () => Ou, hasSpaces: () => Pu, isNextLineEmpty: () => Gi, isNextLineEmptyAfterIndex: () => _t, isPreviousLineEmpty: () => Wi, makeString: () => zi, skip: () => _e, skipEverythingButNewLine: () => it, skipInlineComment: () => Ne, skipNewline: () => z, skipSpaces: () => U, skipToLineEnd: () => ot, skipTrailingComment: () => Be, skipWhitespace: () => on });
function Si(t, e) {
  if (e === false) return false;
  if (t.charAt(e) === "/" && t.charAt(e + 1) === "*") {
    for (let r = e + 2; r < t.length; ++r) if (t.charAt(r) === "*" && t.charAt(r + 1) === "/") return r + 2;
  }
  return e;
}
var Ne = Si;
function Oi(t, e) {
  return e === false ? false : t.charAt(e) === "/" && t.charAt(e + 1) === "/" ? it(t, e) : e;
}
var Be = Oi;
function Pi(t, e) {
  let r = null, n = e;
  for (; n !== r; ) r = n, n = U(t, n), n = Ne(t, n), n = Be(t, n), n = z(t, n);
  return n;
}
var We = Pi;
function bi(t, e) {
  let r = null, n = e;
  for (; n !== r; ) r = n, n = ot(t, n), n = Ne(t, n), n = U(t, n);
  return n = Be(t, n), n = z(t, n), n !== false && J(t, n);
}
var _t = bi;
function ki(t, e) {
  let r = t.lastIndexOf(`
`);
  return r === -1 ? 0 : ge(t.slice(r + 1).match(/^[\t ]*/)[0], e);
}
var xu = ki;
function fr(t) {
  if (typeof t != "string") throw new TypeError("Expected a string");
  return t.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
function Ii(t, e) {
  let r = t.matchAll(new RegExp(`(?:${fr(e)})+`, "g"));
  return r.reduce || (r = [...r]), r.reduce((n, [o]) => Math.max(n, o.length), 0) / e.length;
}
var Tu = Ii;
function Ri(t, e) {
  let r = We(t, e);
  return r === false ? "" : t.charAt(r);
}
var Nu = Ri;
var Bu = Object.freeze({ character: "'", codePoint: 39 });
var wu = Object.freeze({ character: '"', codePoint: 34 });
var Li = Object.freeze({ preferred: Bu, alternate: wu });
var vi = Object.freeze({ preferred: wu, alternate: Bu });
function Su(t, e) {
  let { preferred: r, alternate: n } = e === true || e === "'" ? Li : vi, { length: o } = t, u = 0, i = 0;
  for (let a = 0; a < o; a++) {
    let s = t.charCodeAt(a);
    s === r.codePoint ? u++ : s === n.codePoint && i++;
  }
  return (u > i ? n : r).character;
}
function Mi(t, e, r) {
  for (let n = e; n < r; ++n) if (t.charAt(n) === `
`) return true;
  return false;
}
var Ou = Mi;
function Yi(t, e, r = {}) {
  return U(t, r.backwards ? e - 1 : e, r) !== e;
}
var Pu = Yi;
function ji(t, e, r) {
  return We(t, r(e));
}
function Ui(t, e) {
  return arguments.length === 2 || typeof e == "number" ? We(t, e) : ji(...arguments);
}
function Vi(t, e, r) {
  return Le(t, r(e));
}
function Wi(t, e) {
  return arguments.length === 2 || typeof e == "number" ? Le(t, e) : Vi(...arguments);
}
function $i(t, e, r) {
  return _t(t, r(e));
}
function zi(t, e, r) {
  let n = e === '"' ? "'" : '"', u = ue(0, t, /\\(.)|(["'])/gs, (i, a, s) => a === n ? a : s === e ? "\\" + s : s || (r && /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/.test(a) ? a : "\\" + a));
  return e + u + e;
}
function Gi(t, e) {
  return arguments.length === 2 || typeof e == "number" ? _t(t, e) : $i(...arguments);
}
function Fe(t, e = 1) {
  return async (...r) => {
    let n = r[e] ?? {}, o = n.plugins ?? [];
    return r[e] = { ...n, plugins: Array.isArray(o) ? o : Object.values(o) }, await t(...r);
  };
}
var bu = Fe(cr);
async function ku(t, e) {
  let { formatted: r } = await bu(t, { ...e, cursorOffset: -1 });
  return r;
}
async function Ki(t, e) {
  return await ku(t, e) === t;
}
var Hi = Fe(at, 0);
var Ji = { parse: Fe(Cu), formatAST: Fe(hu), formatDoc: Fe(gu), printToDoc: Fe(yu), printDocToString: Fe(_u) };

// node_modules/prettier/plugins/markdown.mjs
var markdown_exports = {};
__export(markdown_exports, {
  default: () => hm,
  languages: () => vu,
  options: () => Au2,
  parsers: () => su2,
  printers: () => ku2
});
var Em = Object.create;
var Kn2 = Object.defineProperty;
var wm = Object.getOwnPropertyDescriptor;
var Cm = Object.getOwnPropertyNames;
var ym = Object.getPrototypeOf;
var vm = Object.prototype.hasOwnProperty;
var _ = (e, t) => () => {
  try {
    return t || e((t = { exports: {} }).exports, t), t.exports;
  } catch (r) {
    throw t = 0, r;
  }
};
var zr2 = (e, t) => {
  for (var r in t) Kn2(e, r, { get: t[r], enumerable: true });
};
var Am = (e, t, r, n) => {
  if (t && typeof t == "object" || typeof t == "function") for (let i of Cm(t)) !vm.call(e, i) && i !== r && Kn2(e, i, { get: () => t[i], enumerable: !(n = wm(t, i)) || n.enumerable });
  return e;
};
var Tt2 = (e, t, r) => (r = e != null ? Em(ym(e)) : {}, Am(t || !e || !e.__esModule ? Kn2(r, "default", { value: e, enumerable: true }) : r, e));
var Lo2 = _((U8, So2) => {
  "use strict";
  So2.exports = _g;
  var pr2 = 9, un2 = 10, Pt2 = 32, Lg = 33, Ig = 58, Nt2 = 91, qg = 92, Hi2 = 93, hr2 = 94, on2 = 96, sn2 = 4, Bg = 1024;
  function _g(e) {
    var t = this.Parser, r = this.Compiler;
    Pg(t) && Og(t, e), Ng(r) && Rg(r);
  }
  function Pg(e) {
    return !!(e && e.prototype && e.prototype.blockTokenizers);
  }
  function Ng(e) {
    return !!(e && e.prototype && e.prototype.visitors);
  }
  function Og(e, t) {
    for (var r = t || {}, n = e.prototype, i = n.blockTokenizers, u = n.inlineTokenizers, a = n.blockMethods, o = n.inlineMethods, s = i.definition, c = u.reference, l = [], f = -1, p = a.length, m; ++f < p; ) m = a[f], !(m === "newline" || m === "indentedCode" || m === "paragraph" || m === "footnoteDefinition") && l.push([m]);
    l.push(["footnoteDefinition"]), r.inlineNotes && (Vi2(o, "reference", "inlineNote"), u.inlineNote = g), Vi2(a, "definition", "footnoteDefinition"), Vi2(o, "reference", "footnoteCall"), i.definition = F, i.footnoteDefinition = d, u.footnoteCall = k2, u.reference = x, n.interruptFootnoteDefinition = l, x.locator = c.locator, k2.locator = w2, g.locator = T2;
    function d(C, D, v2) {
      for (var L2 = this, y2 = L2.interruptFootnoteDefinition, E = L2.offset, I2 = D.length + 1, q = 0, S2 = [], z2, N, M2, O2, W2, ne2, h2, Y2, ie2, b2, te2, pe2, Z2; q < I2 && (O2 = D.charCodeAt(q), !(O2 !== pr2 && O2 !== Pt2)); ) q++;
      if (D.charCodeAt(q++) === Nt2 && D.charCodeAt(q++) === hr2) {
        for (N = q; q < I2; ) {
          if (O2 = D.charCodeAt(q), O2 !== O2 || O2 === un2 || O2 === pr2 || O2 === Pt2) return;
          if (O2 === Hi2) {
            M2 = q, q++;
            break;
          }
          q++;
        }
        if (!(M2 === void 0 || N === M2 || D.charCodeAt(q++) !== Ig)) {
          if (v2) return true;
          for (z2 = D.slice(N, M2), W2 = C.now(), ie2 = 0, b2 = 0, te2 = q, pe2 = []; q < I2; ) {
            if (O2 = D.charCodeAt(q), O2 !== O2 || O2 === un2) Z2 = { start: ie2, contentStart: te2 || q, contentEnd: q, end: q }, pe2.push(Z2), O2 === un2 && (ie2 = q + 1, b2 = 0, te2 = void 0, Z2.end = ie2);
            else if (b2 !== void 0) if (O2 === Pt2 || O2 === pr2) b2 += O2 === Pt2 ? 1 : sn2 - b2 % sn2, b2 > sn2 && (b2 = void 0, te2 = q);
            else {
              if (b2 < sn2 && Z2 && (Z2.contentStart === Z2.contentEnd || Mg(y2, i, L2, [C, D.slice(q, Bg), true]))) break;
              b2 = void 0, te2 = q;
            }
            q++;
          }
          for (q = -1, I2 = pe2.length; I2 > 0 && (Z2 = pe2[I2 - 1], Z2.contentStart === Z2.contentEnd); ) I2--;
          for (ne2 = C(D.slice(0, Z2.contentEnd)); ++q < I2; ) Z2 = pe2[q], E[W2.line + q] = (E[W2.line + q] || 0) + (Z2.contentStart - Z2.start), S2.push(D.slice(Z2.contentStart, Z2.end));
          return h2 = L2.enterBlock(), Y2 = L2.tokenizeBlock(S2.join(""), W2), h2(), ne2({ type: "footnoteDefinition", identifier: z2.toLowerCase(), label: z2, children: Y2 });
        }
      }
    }
    function k2(C, D, v2) {
      var L2 = D.length + 1, y2 = 0, E, I2, q, S2;
      if (D.charCodeAt(y2++) === Nt2 && D.charCodeAt(y2++) === hr2) {
        for (I2 = y2; y2 < L2; ) {
          if (S2 = D.charCodeAt(y2), S2 !== S2 || S2 === un2 || S2 === pr2 || S2 === Pt2) return;
          if (S2 === Hi2) {
            q = y2, y2++;
            break;
          }
          y2++;
        }
        if (!(q === void 0 || I2 === q)) return v2 ? true : (E = D.slice(I2, q), C(D.slice(0, y2))({ type: "footnoteReference", identifier: E.toLowerCase(), label: E }));
      }
    }
    function g(C, D, v2) {
      var L2 = this, y2 = D.length + 1, E = 0, I2 = 0, q, S2, z2, N, M2, O2, W2;
      if (D.charCodeAt(E++) === hr2 && D.charCodeAt(E++) === Nt2) {
        for (z2 = E; E < y2; ) {
          if (S2 = D.charCodeAt(E), S2 !== S2) return;
          if (O2 === void 0) if (S2 === qg) E += 2;
          else if (S2 === Nt2) I2++, E++;
          else if (S2 === Hi2) if (I2 === 0) {
            N = E, E++;
            break;
          } else I2--, E++;
          else if (S2 === on2) {
            for (M2 = E, O2 = 1; D.charCodeAt(M2 + O2) === on2; ) O2++;
            E += O2;
          } else E++;
          else if (S2 === on2) {
            for (M2 = E, W2 = 1; D.charCodeAt(M2 + W2) === on2; ) W2++;
            E += W2, O2 === W2 && (O2 = void 0), W2 = void 0;
          } else E++;
        }
        if (N !== void 0) return v2 ? true : (q = C.now(), q.column += 2, q.offset += 2, C(D.slice(0, E))({ type: "footnote", children: L2.tokenizeInline(D.slice(z2, N), q) }));
      }
    }
    function x(C, D, v2) {
      var L2 = 0;
      if (D.charCodeAt(L2) === Lg && L2++, D.charCodeAt(L2) === Nt2 && D.charCodeAt(L2 + 1) !== hr2) return c.call(this, C, D, v2);
    }
    function F(C, D, v2) {
      for (var L2 = 0, y2 = D.charCodeAt(L2); y2 === Pt2 || y2 === pr2; ) y2 = D.charCodeAt(++L2);
      if (y2 === Nt2 && D.charCodeAt(L2 + 1) !== hr2) return s.call(this, C, D, v2);
    }
    function w2(C, D) {
      return C.indexOf("[", D);
    }
    function T2(C, D) {
      return C.indexOf("^[", D);
    }
  }
  function Rg(e) {
    var t = e.prototype.visitors, r = "    ";
    t.footnote = n, t.footnoteReference = i, t.footnoteDefinition = u;
    function n(a) {
      return "^[" + this.all(a).join("") + "]";
    }
    function i(a) {
      return "[^" + (a.label || a.identifier) + "]";
    }
    function u(a) {
      for (var o = this.all(a).join(`

`).split(`
`), s = 0, c = o.length, l; ++s < c; ) l = o[s], l !== "" && (o[s] = r + l);
      return "[^" + (a.label || a.identifier) + "]: " + o.join(`
`);
    }
  }
  function Vi2(e, t, r) {
    e.splice(e.indexOf(t), 0, r);
  }
  function Mg(e, t, r, n) {
    for (var i = e.length, u = -1; ++u < i; ) if (t[e[u][0]].apply(r, n)) return true;
    return false;
  }
});
var ji2 = _((Gi2) => {
  Gi2.isRemarkParser = zg;
  Gi2.isRemarkCompiler = Ug;
  function zg(e) {
    return !!(e && e.prototype && e.prototype.blockTokenizers);
  }
  function Ug(e) {
    return !!(e && e.prototype && e.prototype.visitors);
  }
});
var Oo2 = _((V8, No2) => {
  var Io2 = ji2();
  No2.exports = jg;
  var qo2 = 9, Bo2 = 32, ln2 = 36, Hg = 48, Vg = 57, _o2 = 92, Gg = ["math", "math-inline"], Po2 = "math-display";
  function jg(e) {
    let t = this.Parser, r = this.Compiler;
    Io2.isRemarkParser(t) && Wg(t, e), Io2.isRemarkCompiler(r) && Yg(r, e);
  }
  function Wg(e, t) {
    let r = e.prototype, n = r.inlineMethods;
    u.locator = i, r.inlineTokenizers.math = u, n.splice(n.indexOf("text"), 0, "math");
    function i(a, o) {
      return a.indexOf("$", o);
    }
    function u(a, o, s) {
      let c = o.length, l = false, f = false, p = 0, m, d, k2, g, x, F, w2;
      if (o.charCodeAt(p) === _o2 && (f = true, p++), o.charCodeAt(p) === ln2) {
        if (p++, f) return s ? true : a(o.slice(0, p))({ type: "text", value: "$" });
        if (o.charCodeAt(p) === ln2 && (l = true, p++), k2 = o.charCodeAt(p), !(k2 === Bo2 || k2 === qo2)) {
          for (g = p; p < c; ) {
            if (d = k2, k2 = o.charCodeAt(p + 1), d === ln2) {
              if (m = o.charCodeAt(p - 1), m !== Bo2 && m !== qo2 && (k2 !== k2 || k2 < Hg || k2 > Vg) && (!l || k2 === ln2)) {
                x = p - 1, p++, l && p++, F = p;
                break;
              }
            } else d === _o2 && (p++, k2 = o.charCodeAt(p + 1));
            p++;
          }
          if (F !== void 0) return s ? true : (w2 = o.slice(g, x + 1), a(o.slice(0, F))({ type: "inlineMath", value: w2, data: { hName: "span", hProperties: { className: Gg.concat(l && t.inlineMathDouble ? [Po2] : []) }, hChildren: [{ type: "text", value: w2 }] } }));
        }
      }
    }
  }
  function Yg(e) {
    let t = e.prototype;
    t.visitors.inlineMath = r;
    function r(n) {
      let i = "$";
      return (n.data && n.data.hProperties && n.data.hProperties.className || []).includes(Po2) && (i = "$$"), i + n.value + i;
    }
  }
});
var Ho2 = _((G8, Uo2) => {
  var Ro2 = ji2();
  Uo2.exports = Xg;
  var Mo2 = 10, mr = 32, Wi2 = 36, zo2 = `
`, $g = "$", Kg = 2, Qg = ["math", "math-display"];
  function Xg() {
    let e = this.Parser, t = this.Compiler;
    Ro2.isRemarkParser(e) && Jg(e), Ro2.isRemarkCompiler(t) && Zg(t);
  }
  function Jg(e) {
    let t = e.prototype, r = t.blockMethods, n = t.interruptParagraph, i = t.interruptList, u = t.interruptBlockquote;
    t.blockTokenizers.math = a, r.splice(r.indexOf("fencedCode") + 1, 0, "math"), n.splice(n.indexOf("fencedCode") + 1, 0, ["math"]), i.splice(i.indexOf("fencedCode") + 1, 0, ["math"]), u.splice(u.indexOf("fencedCode") + 1, 0, ["math"]);
    function a(o, s, c) {
      var l = s.length, f = 0;
      let p, m, d, k2, g, x, F, w2, T2, C, D;
      for (; f < l && s.charCodeAt(f) === mr; ) f++;
      for (g = f; f < l && s.charCodeAt(f) === Wi2; ) f++;
      if (x = f - g, !(x < Kg)) {
        for (; f < l && s.charCodeAt(f) === mr; ) f++;
        for (F = f; f < l; ) {
          if (p = s.charCodeAt(f), p === Wi2) return;
          if (p === Mo2) break;
          f++;
        }
        if (s.charCodeAt(f) === Mo2) {
          if (c) return true;
          for (m = [], F !== f && m.push(s.slice(F, f)), f++, d = s.indexOf(zo2, f + 1), d = d === -1 ? l : d; f < l; ) {
            for (w2 = false, C = f, D = d, k2 = d, T2 = 0; k2 > C && s.charCodeAt(k2 - 1) === mr; ) k2--;
            for (; k2 > C && s.charCodeAt(k2 - 1) === Wi2; ) T2++, k2--;
            for (x <= T2 && s.indexOf($g, C) === k2 && (w2 = true, D = k2); C <= D && C - f < g && s.charCodeAt(C) === mr; ) C++;
            if (w2) for (; D > C && s.charCodeAt(D - 1) === mr; ) D--;
            if ((!w2 || C !== D) && m.push(s.slice(C, D)), w2) break;
            f = d + 1, d = s.indexOf(zo2, f + 1), d = d === -1 ? l : d;
          }
          return m = m.join(`
`), o(s.slice(0, d))({ type: "math", value: m, data: { hName: "div", hProperties: { className: Qg.concat() }, hChildren: [{ type: "text", value: m }] } });
        }
      }
    }
  }
  function Zg(e) {
    let t = e.prototype;
    t.visitors.math = r;
    function r(n) {
      return `$$
` + n.value + `
$$`;
    }
  }
});
var Go2 = _((j8, Vo2) => {
  var ex = Oo2(), tx = Ho2();
  Vo2.exports = rx;
  function rx(e) {
    var t = e || {};
    tx.call(this, t), ex.call(this, t);
  }
});
var Et2 = _((W8, jo2) => {
  jo2.exports = ix;
  var nx = Object.prototype.hasOwnProperty;
  function ix() {
    for (var e = {}, t = 0; t < arguments.length; t++) {
      var r = arguments[t];
      for (var n in r) nx.call(r, n) && (e[n] = r[n]);
    }
    return e;
  }
});
var Wo2 = _((Y8, Yi2) => {
  typeof Object.create == "function" ? Yi2.exports = function(t, r) {
    r && (t.super_ = r, t.prototype = Object.create(r.prototype, { constructor: { value: t, enumerable: false, writable: true, configurable: true } }));
  } : Yi2.exports = function(t, r) {
    if (r) {
      t.super_ = r;
      var n = function() {
      };
      n.prototype = r.prototype, t.prototype = new n(), t.prototype.constructor = t;
    }
  };
});
var Ko2 = _(($8, $o2) => {
  "use strict";
  var ax = Et2(), Yo2 = Wo2();
  $o2.exports = ux;
  function ux(e) {
    var t, r, n;
    Yo2(u, e), Yo2(i, u), t = u.prototype;
    for (r in t) n = t[r], n && typeof n == "object" && (t[r] = "concat" in n ? n.concat() : ax(n));
    return u;
    function i(a) {
      return e.apply(this, a);
    }
    function u() {
      return this instanceof u ? e.apply(this, arguments) : new i(arguments);
    }
  }
});
var Xo2 = _((K8, Qo2) => {
  "use strict";
  Qo2.exports = ox;
  function ox(e, t, r) {
    return n;
    function n() {
      var i = r || this, u = i[e];
      return i[e] = !t, a;
      function a() {
        i[e] = u;
      }
    }
  }
});
var Zo2 = _((Q8, Jo2) => {
  "use strict";
  Jo2.exports = sx;
  function sx(e) {
    for (var t = String(e), r = [], n = /\r?\n|\r/g; n.exec(t); ) r.push(n.lastIndex);
    return r.push(t.length + 1), { toPoint: i, toPosition: i, toOffset: u };
    function i(a) {
      var o = -1;
      if (a > -1 && a < r[r.length - 1]) {
        for (; ++o < r.length; ) if (r[o] > a) return { line: o + 1, column: a - (r[o - 1] || 0) + 1, offset: a };
      }
      return {};
    }
    function u(a) {
      var o = a && a.line, s = a && a.column, c;
      return !isNaN(o) && !isNaN(s) && o - 1 in r && (c = (r[o - 2] || 0) + s - 1 || 0), c > -1 && c < r[r.length - 1] ? c : -1;
    }
  }
});
var ts = _((X8, es) => {
  "use strict";
  es.exports = lx;
  var $i2 = "\\";
  function lx(e, t) {
    return r;
    function r(n) {
      for (var i = 0, u = n.indexOf($i2), a = e[t], o = [], s; u !== -1; ) o.push(n.slice(i, u)), i = u + 1, s = n.charAt(i), (!s || a.indexOf(s) === -1) && o.push($i2), u = n.indexOf($i2, i + 1);
      return o.push(n.slice(i)), o.join("");
    }
  }
});
var rs = _((J8, cx) => {
  cx.exports = { AElig: "\xC6", AMP: "&", Aacute: "\xC1", Acirc: "\xC2", Agrave: "\xC0", Aring: "\xC5", Atilde: "\xC3", Auml: "\xC4", COPY: "\xA9", Ccedil: "\xC7", ETH: "\xD0", Eacute: "\xC9", Ecirc: "\xCA", Egrave: "\xC8", Euml: "\xCB", GT: ">", Iacute: "\xCD", Icirc: "\xCE", Igrave: "\xCC", Iuml: "\xCF", LT: "<", Ntilde: "\xD1", Oacute: "\xD3", Ocirc: "\xD4", Ograve: "\xD2", Oslash: "\xD8", Otilde: "\xD5", Ouml: "\xD6", QUOT: '"', REG: "\xAE", THORN: "\xDE", Uacute: "\xDA", Ucirc: "\xDB", Ugrave: "\xD9", Uuml: "\xDC", Yacute: "\xDD", aacute: "\xE1", acirc: "\xE2", acute: "\xB4", aelig: "\xE6", agrave: "\xE0", amp: "&", aring: "\xE5", atilde: "\xE3", auml: "\xE4", brvbar: "\xA6", ccedil: "\xE7", cedil: "\xB8", cent: "\xA2", copy: "\xA9", curren: "\xA4", deg: "\xB0", divide: "\xF7", eacute: "\xE9", ecirc: "\xEA", egrave: "\xE8", eth: "\xF0", euml: "\xEB", frac12: "\xBD", frac14: "\xBC", frac34: "\xBE", gt: ">", iacute: "\xED", icirc: "\xEE", iexcl: "\xA1", igrave: "\xEC", iquest: "\xBF", iuml: "\xEF", laquo: "\xAB", lt: "<", macr: "\xAF", micro: "\xB5", middot: "\xB7", nbsp: "\xA0", not: "\xAC", ntilde: "\xF1", oacute: "\xF3", ocirc: "\xF4", ograve: "\xF2", ordf: "\xAA", ordm: "\xBA", oslash: "\xF8", otilde: "\xF5", ouml: "\xF6", para: "\xB6", plusmn: "\xB1", pound: "\xA3", quot: '"', raquo: "\xBB", reg: "\xAE", sect: "\xA7", shy: "\xAD", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", szlig: "\xDF", thorn: "\xFE", times: "\xD7", uacute: "\xFA", ucirc: "\xFB", ugrave: "\xF9", uml: "\xA8", uuml: "\xFC", yacute: "\xFD", yen: "\xA5", yuml: "\xFF" };
});
var ns = _((Z8, fx) => {
  fx.exports = { "0": "\uFFFD", "128": "\u20AC", "130": "\u201A", "131": "\u0192", "132": "\u201E", "133": "\u2026", "134": "\u2020", "135": "\u2021", "136": "\u02C6", "137": "\u2030", "138": "\u0160", "139": "\u2039", "140": "\u0152", "142": "\u017D", "145": "\u2018", "146": "\u2019", "147": "\u201C", "148": "\u201D", "149": "\u2022", "150": "\u2013", "151": "\u2014", "152": "\u02DC", "153": "\u2122", "154": "\u0161", "155": "\u203A", "156": "\u0153", "158": "\u017E", "159": "\u0178" };
});
var wt2 = _((eT, is) => {
  "use strict";
  is.exports = px;
  function px(e) {
    var t = typeof e == "string" ? e.charCodeAt(0) : e;
    return t >= 48 && t <= 57;
  }
});
var us = _((tT, as) => {
  "use strict";
  as.exports = hx;
  function hx(e) {
    var t = typeof e == "string" ? e.charCodeAt(0) : e;
    return t >= 97 && t <= 102 || t >= 65 && t <= 70 || t >= 48 && t <= 57;
  }
});
var Ot2 = _((rT, os2) => {
  "use strict";
  os2.exports = mx;
  function mx(e) {
    var t = typeof e == "string" ? e.charCodeAt(0) : e;
    return t >= 97 && t <= 122 || t >= 65 && t <= 90;
  }
});
var ls = _((nT, ss) => {
  "use strict";
  var dx = Ot2(), Dx = wt2();
  ss.exports = gx;
  function gx(e) {
    return dx(e) || Dx(e);
  }
});
var cs = _((iT, xx) => {
  xx.exports = { AEli: "\xC6", AElig: "\xC6", AM: "&", AMP: "&", Aacut: "\xC1", Aacute: "\xC1", Abreve: "\u0102", Acir: "\xC2", Acirc: "\xC2", Acy: "\u0410", Afr: "\u{1D504}", Agrav: "\xC0", Agrave: "\xC0", Alpha: "\u0391", Amacr: "\u0100", And: "\u2A53", Aogon: "\u0104", Aopf: "\u{1D538}", ApplyFunction: "\u2061", Arin: "\xC5", Aring: "\xC5", Ascr: "\u{1D49C}", Assign: "\u2254", Atild: "\xC3", Atilde: "\xC3", Aum: "\xC4", Auml: "\xC4", Backslash: "\u2216", Barv: "\u2AE7", Barwed: "\u2306", Bcy: "\u0411", Because: "\u2235", Bernoullis: "\u212C", Beta: "\u0392", Bfr: "\u{1D505}", Bopf: "\u{1D539}", Breve: "\u02D8", Bscr: "\u212C", Bumpeq: "\u224E", CHcy: "\u0427", COP: "\xA9", COPY: "\xA9", Cacute: "\u0106", Cap: "\u22D2", CapitalDifferentialD: "\u2145", Cayleys: "\u212D", Ccaron: "\u010C", Ccedi: "\xC7", Ccedil: "\xC7", Ccirc: "\u0108", Cconint: "\u2230", Cdot: "\u010A", Cedilla: "\xB8", CenterDot: "\xB7", Cfr: "\u212D", Chi: "\u03A7", CircleDot: "\u2299", CircleMinus: "\u2296", CirclePlus: "\u2295", CircleTimes: "\u2297", ClockwiseContourIntegral: "\u2232", CloseCurlyDoubleQuote: "\u201D", CloseCurlyQuote: "\u2019", Colon: "\u2237", Colone: "\u2A74", Congruent: "\u2261", Conint: "\u222F", ContourIntegral: "\u222E", Copf: "\u2102", Coproduct: "\u2210", CounterClockwiseContourIntegral: "\u2233", Cross: "\u2A2F", Cscr: "\u{1D49E}", Cup: "\u22D3", CupCap: "\u224D", DD: "\u2145", DDotrahd: "\u2911", DJcy: "\u0402", DScy: "\u0405", DZcy: "\u040F", Dagger: "\u2021", Darr: "\u21A1", Dashv: "\u2AE4", Dcaron: "\u010E", Dcy: "\u0414", Del: "\u2207", Delta: "\u0394", Dfr: "\u{1D507}", DiacriticalAcute: "\xB4", DiacriticalDot: "\u02D9", DiacriticalDoubleAcute: "\u02DD", DiacriticalGrave: "`", DiacriticalTilde: "\u02DC", Diamond: "\u22C4", DifferentialD: "\u2146", Dopf: "\u{1D53B}", Dot: "\xA8", DotDot: "\u20DC", DotEqual: "\u2250", DoubleContourIntegral: "\u222F", DoubleDot: "\xA8", DoubleDownArrow: "\u21D3", DoubleLeftArrow: "\u21D0", DoubleLeftRightArrow: "\u21D4", DoubleLeftTee: "\u2AE4", DoubleLongLeftArrow: "\u27F8", DoubleLongLeftRightArrow: "\u27FA", DoubleLongRightArrow: "\u27F9", DoubleRightArrow: "\u21D2", DoubleRightTee: "\u22A8", DoubleUpArrow: "\u21D1", DoubleUpDownArrow: "\u21D5", DoubleVerticalBar: "\u2225", DownArrow: "\u2193", DownArrowBar: "\u2913", DownArrowUpArrow: "\u21F5", DownBreve: "\u0311", DownLeftRightVector: "\u2950", DownLeftTeeVector: "\u295E", DownLeftVector: "\u21BD", DownLeftVectorBar: "\u2956", DownRightTeeVector: "\u295F", DownRightVector: "\u21C1", DownRightVectorBar: "\u2957", DownTee: "\u22A4", DownTeeArrow: "\u21A7", Downarrow: "\u21D3", Dscr: "\u{1D49F}", Dstrok: "\u0110", ENG: "\u014A", ET: "\xD0", ETH: "\xD0", Eacut: "\xC9", Eacute: "\xC9", Ecaron: "\u011A", Ecir: "\xCA", Ecirc: "\xCA", Ecy: "\u042D", Edot: "\u0116", Efr: "\u{1D508}", Egrav: "\xC8", Egrave: "\xC8", Element: "\u2208", Emacr: "\u0112", EmptySmallSquare: "\u25FB", EmptyVerySmallSquare: "\u25AB", Eogon: "\u0118", Eopf: "\u{1D53C}", Epsilon: "\u0395", Equal: "\u2A75", EqualTilde: "\u2242", Equilibrium: "\u21CC", Escr: "\u2130", Esim: "\u2A73", Eta: "\u0397", Eum: "\xCB", Euml: "\xCB", Exists: "\u2203", ExponentialE: "\u2147", Fcy: "\u0424", Ffr: "\u{1D509}", FilledSmallSquare: "\u25FC", FilledVerySmallSquare: "\u25AA", Fopf: "\u{1D53D}", ForAll: "\u2200", Fouriertrf: "\u2131", Fscr: "\u2131", GJcy: "\u0403", G: ">", GT: ">", Gamma: "\u0393", Gammad: "\u03DC", Gbreve: "\u011E", Gcedil: "\u0122", Gcirc: "\u011C", Gcy: "\u0413", Gdot: "\u0120", Gfr: "\u{1D50A}", Gg: "\u22D9", Gopf: "\u{1D53E}", GreaterEqual: "\u2265", GreaterEqualLess: "\u22DB", GreaterFullEqual: "\u2267", GreaterGreater: "\u2AA2", GreaterLess: "\u2277", GreaterSlantEqual: "\u2A7E", GreaterTilde: "\u2273", Gscr: "\u{1D4A2}", Gt: "\u226B", HARDcy: "\u042A", Hacek: "\u02C7", Hat: "^", Hcirc: "\u0124", Hfr: "\u210C", HilbertSpace: "\u210B", Hopf: "\u210D", HorizontalLine: "\u2500", Hscr: "\u210B", Hstrok: "\u0126", HumpDownHump: "\u224E", HumpEqual: "\u224F", IEcy: "\u0415", IJlig: "\u0132", IOcy: "\u0401", Iacut: "\xCD", Iacute: "\xCD", Icir: "\xCE", Icirc: "\xCE", Icy: "\u0418", Idot: "\u0130", Ifr: "\u2111", Igrav: "\xCC", Igrave: "\xCC", Im: "\u2111", Imacr: "\u012A", ImaginaryI: "\u2148", Implies: "\u21D2", Int: "\u222C", Integral: "\u222B", Intersection: "\u22C2", InvisibleComma: "\u2063", InvisibleTimes: "\u2062", Iogon: "\u012E", Iopf: "\u{1D540}", Iota: "\u0399", Iscr: "\u2110", Itilde: "\u0128", Iukcy: "\u0406", Ium: "\xCF", Iuml: "\xCF", Jcirc: "\u0134", Jcy: "\u0419", Jfr: "\u{1D50D}", Jopf: "\u{1D541}", Jscr: "\u{1D4A5}", Jsercy: "\u0408", Jukcy: "\u0404", KHcy: "\u0425", KJcy: "\u040C", Kappa: "\u039A", Kcedil: "\u0136", Kcy: "\u041A", Kfr: "\u{1D50E}", Kopf: "\u{1D542}", Kscr: "\u{1D4A6}", LJcy: "\u0409", L: "<", LT: "<", Lacute: "\u0139", Lambda: "\u039B", Lang: "\u27EA", Laplacetrf: "\u2112", Larr: "\u219E", Lcaron: "\u013D", Lcedil: "\u013B", Lcy: "\u041B", LeftAngleBracket: "\u27E8", LeftArrow: "\u2190", LeftArrowBar: "\u21E4", LeftArrowRightArrow: "\u21C6", LeftCeiling: "\u2308", LeftDoubleBracket: "\u27E6", LeftDownTeeVector: "\u2961", LeftDownVector: "\u21C3", LeftDownVectorBar: "\u2959", LeftFloor: "\u230A", LeftRightArrow: "\u2194", LeftRightVector: "\u294E", LeftTee: "\u22A3", LeftTeeArrow: "\u21A4", LeftTeeVector: "\u295A", LeftTriangle: "\u22B2", LeftTriangleBar: "\u29CF", LeftTriangleEqual: "\u22B4", LeftUpDownVector: "\u2951", LeftUpTeeVector: "\u2960", LeftUpVector: "\u21BF", LeftUpVectorBar: "\u2958", LeftVector: "\u21BC", LeftVectorBar: "\u2952", Leftarrow: "\u21D0", Leftrightarrow: "\u21D4", LessEqualGreater: "\u22DA", LessFullEqual: "\u2266", LessGreater: "\u2276", LessLess: "\u2AA1", LessSlantEqual: "\u2A7D", LessTilde: "\u2272", Lfr: "\u{1D50F}", Ll: "\u22D8", Lleftarrow: "\u21DA", Lmidot: "\u013F", LongLeftArrow: "\u27F5", LongLeftRightArrow: "\u27F7", LongRightArrow: "\u27F6", Longleftarrow: "\u27F8", Longleftrightarrow: "\u27FA", Longrightarrow: "\u27F9", Lopf: "\u{1D543}", LowerLeftArrow: "\u2199", LowerRightArrow: "\u2198", Lscr: "\u2112", Lsh: "\u21B0", Lstrok: "\u0141", Lt: "\u226A", Map: "\u2905", Mcy: "\u041C", MediumSpace: "\u205F", Mellintrf: "\u2133", Mfr: "\u{1D510}", MinusPlus: "\u2213", Mopf: "\u{1D544}", Mscr: "\u2133", Mu: "\u039C", NJcy: "\u040A", Nacute: "\u0143", Ncaron: "\u0147", Ncedil: "\u0145", Ncy: "\u041D", NegativeMediumSpace: "\u200B", NegativeThickSpace: "\u200B", NegativeThinSpace: "\u200B", NegativeVeryThinSpace: "\u200B", NestedGreaterGreater: "\u226B", NestedLessLess: "\u226A", NewLine: `
`, Nfr: "\u{1D511}", NoBreak: "\u2060", NonBreakingSpace: "\xA0", Nopf: "\u2115", Not: "\u2AEC", NotCongruent: "\u2262", NotCupCap: "\u226D", NotDoubleVerticalBar: "\u2226", NotElement: "\u2209", NotEqual: "\u2260", NotEqualTilde: "\u2242\u0338", NotExists: "\u2204", NotGreater: "\u226F", NotGreaterEqual: "\u2271", NotGreaterFullEqual: "\u2267\u0338", NotGreaterGreater: "\u226B\u0338", NotGreaterLess: "\u2279", NotGreaterSlantEqual: "\u2A7E\u0338", NotGreaterTilde: "\u2275", NotHumpDownHump: "\u224E\u0338", NotHumpEqual: "\u224F\u0338", NotLeftTriangle: "\u22EA", NotLeftTriangleBar: "\u29CF\u0338", NotLeftTriangleEqual: "\u22EC", NotLess: "\u226E", NotLessEqual: "\u2270", NotLessGreater: "\u2278", NotLessLess: "\u226A\u0338", NotLessSlantEqual: "\u2A7D\u0338", NotLessTilde: "\u2274", NotNestedGreaterGreater: "\u2AA2\u0338", NotNestedLessLess: "\u2AA1\u0338", NotPrecedes: "\u2280", NotPrecedesEqual: "\u2AAF\u0338", NotPrecedesSlantEqual: "\u22E0", NotReverseElement: "\u220C", NotRightTriangle: "\u22EB", NotRightTriangleBar: "\u29D0\u0338", NotRightTriangleEqual: "\u22ED", NotSquareSubset: "\u228F\u0338", NotSquareSubsetEqual: "\u22E2", NotSquareSuperset: "\u2290\u0338", NotSquareSupersetEqual: "\u22E3", NotSubset: "\u2282\u20D2", NotSubsetEqual: "\u2288", NotSucceeds: "\u2281", NotSucceedsEqual: "\u2AB0\u0338", NotSucceedsSlantEqual: "\u22E1", NotSucceedsTilde: "\u227F\u0338", NotSuperset: "\u2283\u20D2", NotSupersetEqual: "\u2289", NotTilde: "\u2241", NotTildeEqual: "\u2244", NotTildeFullEqual: "\u2247", NotTildeTilde: "\u2249", NotVerticalBar: "\u2224", Nscr: "\u{1D4A9}", Ntild: "\xD1", Ntilde: "\xD1", Nu: "\u039D", OElig: "\u0152", Oacut: "\xD3", Oacute: "\xD3", Ocir: "\xD4", Ocirc: "\xD4", Ocy: "\u041E", Odblac: "\u0150", Ofr: "\u{1D512}", Ograv: "\xD2", Ograve: "\xD2", Omacr: "\u014C", Omega: "\u03A9", Omicron: "\u039F", Oopf: "\u{1D546}", OpenCurlyDoubleQuote: "\u201C", OpenCurlyQuote: "\u2018", Or: "\u2A54", Oscr: "\u{1D4AA}", Oslas: "\xD8", Oslash: "\xD8", Otild: "\xD5", Otilde: "\xD5", Otimes: "\u2A37", Oum: "\xD6", Ouml: "\xD6", OverBar: "\u203E", OverBrace: "\u23DE", OverBracket: "\u23B4", OverParenthesis: "\u23DC", PartialD: "\u2202", Pcy: "\u041F", Pfr: "\u{1D513}", Phi: "\u03A6", Pi: "\u03A0", PlusMinus: "\xB1", Poincareplane: "\u210C", Popf: "\u2119", Pr: "\u2ABB", Precedes: "\u227A", PrecedesEqual: "\u2AAF", PrecedesSlantEqual: "\u227C", PrecedesTilde: "\u227E", Prime: "\u2033", Product: "\u220F", Proportion: "\u2237", Proportional: "\u221D", Pscr: "\u{1D4AB}", Psi: "\u03A8", QUO: '"', QUOT: '"', Qfr: "\u{1D514}", Qopf: "\u211A", Qscr: "\u{1D4AC}", RBarr: "\u2910", RE: "\xAE", REG: "\xAE", Racute: "\u0154", Rang: "\u27EB", Rarr: "\u21A0", Rarrtl: "\u2916", Rcaron: "\u0158", Rcedil: "\u0156", Rcy: "\u0420", Re: "\u211C", ReverseElement: "\u220B", ReverseEquilibrium: "\u21CB", ReverseUpEquilibrium: "\u296F", Rfr: "\u211C", Rho: "\u03A1", RightAngleBracket: "\u27E9", RightArrow: "\u2192", RightArrowBar: "\u21E5", RightArrowLeftArrow: "\u21C4", RightCeiling: "\u2309", RightDoubleBracket: "\u27E7", RightDownTeeVector: "\u295D", RightDownVector: "\u21C2", RightDownVectorBar: "\u2955", RightFloor: "\u230B", RightTee: "\u22A2", RightTeeArrow: "\u21A6", RightTeeVector: "\u295B", RightTriangle: "\u22B3", RightTriangleBar: "\u29D0", RightTriangleEqual: "\u22B5", RightUpDownVector: "\u294F", RightUpTeeVector: "\u295C", RightUpVector: "\u21BE", RightUpVectorBar: "\u2954", RightVector: "\u21C0", RightVectorBar: "\u2953", Rightarrow: "\u21D2", Ropf: "\u211D", RoundImplies: "\u2970", Rrightarrow: "\u21DB", Rscr: "\u211B", Rsh: "\u21B1", RuleDelayed: "\u29F4", SHCHcy: "\u0429", SHcy: "\u0428", SOFTcy: "\u042C", Sacute: "\u015A", Sc: "\u2ABC", Scaron: "\u0160", Scedil: "\u015E", Scirc: "\u015C", Scy: "\u0421", Sfr: "\u{1D516}", ShortDownArrow: "\u2193", ShortLeftArrow: "\u2190", ShortRightArrow: "\u2192", ShortUpArrow: "\u2191", Sigma: "\u03A3", SmallCircle: "\u2218", Sopf: "\u{1D54A}", Sqrt: "\u221A", Square: "\u25A1", SquareIntersection: "\u2293", SquareSubset: "\u228F", SquareSubsetEqual: "\u2291", SquareSuperset: "\u2290", SquareSupersetEqual: "\u2292", SquareUnion: "\u2294", Sscr: "\u{1D4AE}", Star: "\u22C6", Sub: "\u22D0", Subset: "\u22D0", SubsetEqual: "\u2286", Succeeds: "\u227B", SucceedsEqual: "\u2AB0", SucceedsSlantEqual: "\u227D", SucceedsTilde: "\u227F", SuchThat: "\u220B", Sum: "\u2211", Sup: "\u22D1", Superset: "\u2283", SupersetEqual: "\u2287", Supset: "\u22D1", THOR: "\xDE", THORN: "\xDE", TRADE: "\u2122", TSHcy: "\u040B", TScy: "\u0426", Tab: "	", Tau: "\u03A4", Tcaron: "\u0164", Tcedil: "\u0162", Tcy: "\u0422", Tfr: "\u{1D517}", Therefore: "\u2234", Theta: "\u0398", ThickSpace: "\u205F\u200A", ThinSpace: "\u2009", Tilde: "\u223C", TildeEqual: "\u2243", TildeFullEqual: "\u2245", TildeTilde: "\u2248", Topf: "\u{1D54B}", TripleDot: "\u20DB", Tscr: "\u{1D4AF}", Tstrok: "\u0166", Uacut: "\xDA", Uacute: "\xDA", Uarr: "\u219F", Uarrocir: "\u2949", Ubrcy: "\u040E", Ubreve: "\u016C", Ucir: "\xDB", Ucirc: "\xDB", Ucy: "\u0423", Udblac: "\u0170", Ufr: "\u{1D518}", Ugrav: "\xD9", Ugrave: "\xD9", Umacr: "\u016A", UnderBar: "_", UnderBrace: "\u23DF", UnderBracket: "\u23B5", UnderParenthesis: "\u23DD", Union: "\u22C3", UnionPlus: "\u228E", Uogon: "\u0172", Uopf: "\u{1D54C}", UpArrow: "\u2191", UpArrowBar: "\u2912", UpArrowDownArrow: "\u21C5", UpDownArrow: "\u2195", UpEquilibrium: "\u296E", UpTee: "\u22A5", UpTeeArrow: "\u21A5", Uparrow: "\u21D1", Updownarrow: "\u21D5", UpperLeftArrow: "\u2196", UpperRightArrow: "\u2197", Upsi: "\u03D2", Upsilon: "\u03A5", Uring: "\u016E", Uscr: "\u{1D4B0}", Utilde: "\u0168", Uum: "\xDC", Uuml: "\xDC", VDash: "\u22AB", Vbar: "\u2AEB", Vcy: "\u0412", Vdash: "\u22A9", Vdashl: "\u2AE6", Vee: "\u22C1", Verbar: "\u2016", Vert: "\u2016", VerticalBar: "\u2223", VerticalLine: "|", VerticalSeparator: "\u2758", VerticalTilde: "\u2240", VeryThinSpace: "\u200A", Vfr: "\u{1D519}", Vopf: "\u{1D54D}", Vscr: "\u{1D4B1}", Vvdash: "\u22AA", Wcirc: "\u0174", Wedge: "\u22C0", Wfr: "\u{1D51A}", Wopf: "\u{1D54E}", Wscr: "\u{1D4B2}", Xfr: "\u{1D51B}", Xi: "\u039E", Xopf: "\u{1D54F}", Xscr: "\u{1D4B3}", YAcy: "\u042F", YIcy: "\u0407", YUcy: "\u042E", Yacut: "\xDD", Yacute: "\xDD", Ycirc: "\u0176", Ycy: "\u042B", Yfr: "\u{1D51C}", Yopf: "\u{1D550}", Yscr: "\u{1D4B4}", Yuml: "\u0178", ZHcy: "\u0416", Zacute: "\u0179", Zcaron: "\u017D", Zcy: "\u0417", Zdot: "\u017B", ZeroWidthSpace: "\u200B", Zeta: "\u0396", Zfr: "\u2128", Zopf: "\u2124", Zscr: "\u{1D4B5}", aacut: "\xE1", aacute: "\xE1", abreve: "\u0103", ac: "\u223E", acE: "\u223E\u0333", acd: "\u223F", acir: "\xE2", acirc: "\xE2", acut: "\xB4", acute: "\xB4", acy: "\u0430", aeli: "\xE6", aelig: "\xE6", af: "\u2061", afr: "\u{1D51E}", agrav: "\xE0", agrave: "\xE0", alefsym: "\u2135", aleph: "\u2135", alpha: "\u03B1", amacr: "\u0101", amalg: "\u2A3F", am: "&", amp: "&", and: "\u2227", andand: "\u2A55", andd: "\u2A5C", andslope: "\u2A58", andv: "\u2A5A", ang: "\u2220", ange: "\u29A4", angle: "\u2220", angmsd: "\u2221", angmsdaa: "\u29A8", angmsdab: "\u29A9", angmsdac: "\u29AA", angmsdad: "\u29AB", angmsdae: "\u29AC", angmsdaf: "\u29AD", angmsdag: "\u29AE", angmsdah: "\u29AF", angrt: "\u221F", angrtvb: "\u22BE", angrtvbd: "\u299D", angsph: "\u2222", angst: "\xC5", angzarr: "\u237C", aogon: "\u0105", aopf: "\u{1D552}", ap: "\u2248", apE: "\u2A70", apacir: "\u2A6F", ape: "\u224A", apid: "\u224B", apos: "'", approx: "\u2248", approxeq: "\u224A", arin: "\xE5", aring: "\xE5", ascr: "\u{1D4B6}", ast: "*", asymp: "\u2248", asympeq: "\u224D", atild: "\xE3", atilde: "\xE3", aum: "\xE4", auml: "\xE4", awconint: "\u2233", awint: "\u2A11", bNot: "\u2AED", backcong: "\u224C", backepsilon: "\u03F6", backprime: "\u2035", backsim: "\u223D", backsimeq: "\u22CD", barvee: "\u22BD", barwed: "\u2305", barwedge: "\u2305", bbrk: "\u23B5", bbrktbrk: "\u23B6", bcong: "\u224C", bcy: "\u0431", bdquo: "\u201E", becaus: "\u2235", because: "\u2235", bemptyv: "\u29B0", bepsi: "\u03F6", bernou: "\u212C", beta: "\u03B2", beth: "\u2136", between: "\u226C", bfr: "\u{1D51F}", bigcap: "\u22C2", bigcirc: "\u25EF", bigcup: "\u22C3", bigodot: "\u2A00", bigoplus: "\u2A01", bigotimes: "\u2A02", bigsqcup: "\u2A06", bigstar: "\u2605", bigtriangledown: "\u25BD", bigtriangleup: "\u25B3", biguplus: "\u2A04", bigvee: "\u22C1", bigwedge: "\u22C0", bkarow: "\u290D", blacklozenge: "\u29EB", blacksquare: "\u25AA", blacktriangle: "\u25B4", blacktriangledown: "\u25BE", blacktriangleleft: "\u25C2", blacktriangleright: "\u25B8", blank: "\u2423", blk12: "\u2592", blk14: "\u2591", blk34: "\u2593", block: "\u2588", bne: "=\u20E5", bnequiv: "\u2261\u20E5", bnot: "\u2310", bopf: "\u{1D553}", bot: "\u22A5", bottom: "\u22A5", bowtie: "\u22C8", boxDL: "\u2557", boxDR: "\u2554", boxDl: "\u2556", boxDr: "\u2553", boxH: "\u2550", boxHD: "\u2566", boxHU: "\u2569", boxHd: "\u2564", boxHu: "\u2567", boxUL: "\u255D", boxUR: "\u255A", boxUl: "\u255C", boxUr: "\u2559", boxV: "\u2551", boxVH: "\u256C", boxVL: "\u2563", boxVR: "\u2560", boxVh: "\u256B", boxVl: "\u2562", boxVr: "\u255F", boxbox: "\u29C9", boxdL: "\u2555", boxdR: "\u2552", boxdl: "\u2510", boxdr: "\u250C", boxh: "\u2500", boxhD: "\u2565", boxhU: "\u2568", boxhd: "\u252C", boxhu: "\u2534", boxminus: "\u229F", boxplus: "\u229E", boxtimes: "\u22A0", boxuL: "\u255B", boxuR: "\u2558", boxul: "\u2518", boxur: "\u2514", boxv: "\u2502", boxvH: "\u256A", boxvL: "\u2561", boxvR: "\u255E", boxvh: "\u253C", boxvl: "\u2524", boxvr: "\u251C", bprime: "\u2035", breve: "\u02D8", brvba: "\xA6", brvbar: "\xA6", bscr: "\u{1D4B7}", bsemi: "\u204F", bsim: "\u223D", bsime: "\u22CD", bsol: "\\", bsolb: "\u29C5", bsolhsub: "\u27C8", bull: "\u2022", bullet: "\u2022", bump: "\u224E", bumpE: "\u2AAE", bumpe: "\u224F", bumpeq: "\u224F", cacute: "\u0107", cap: "\u2229", capand: "\u2A44", capbrcup: "\u2A49", capcap: "\u2A4B", capcup: "\u2A47", capdot: "\u2A40", caps: "\u2229\uFE00", caret: "\u2041", caron: "\u02C7", ccaps: "\u2A4D", ccaron: "\u010D", ccedi: "\xE7", ccedil: "\xE7", ccirc: "\u0109", ccups: "\u2A4C", ccupssm: "\u2A50", cdot: "\u010B", cedi: "\xB8", cedil: "\xB8", cemptyv: "\u29B2", cen: "\xA2", cent: "\xA2", centerdot: "\xB7", cfr: "\u{1D520}", chcy: "\u0447", check: "\u2713", checkmark: "\u2713", chi: "\u03C7", cir: "\u25CB", cirE: "\u29C3", circ: "\u02C6", circeq: "\u2257", circlearrowleft: "\u21BA", circlearrowright: "\u21BB", circledR: "\xAE", circledS: "\u24C8", circledast: "\u229B", circledcirc: "\u229A", circleddash: "\u229D", cire: "\u2257", cirfnint: "\u2A10", cirmid: "\u2AEF", cirscir: "\u29C2", clubs: "\u2663", clubsuit: "\u2663", colon: ":", colone: "\u2254", coloneq: "\u2254", comma: ",", commat: "@", comp: "\u2201", compfn: "\u2218", complement: "\u2201", complexes: "\u2102", cong: "\u2245", congdot: "\u2A6D", conint: "\u222E", copf: "\u{1D554}", coprod: "\u2210", cop: "\xA9", copy: "\xA9", copysr: "\u2117", crarr: "\u21B5", cross: "\u2717", cscr: "\u{1D4B8}", csub: "\u2ACF", csube: "\u2AD1", csup: "\u2AD0", csupe: "\u2AD2", ctdot: "\u22EF", cudarrl: "\u2938", cudarrr: "\u2935", cuepr: "\u22DE", cuesc: "\u22DF", cularr: "\u21B6", cularrp: "\u293D", cup: "\u222A", cupbrcap: "\u2A48", cupcap: "\u2A46", cupcup: "\u2A4A", cupdot: "\u228D", cupor: "\u2A45", cups: "\u222A\uFE00", curarr: "\u21B7", curarrm: "\u293C", curlyeqprec: "\u22DE", curlyeqsucc: "\u22DF", curlyvee: "\u22CE", curlywedge: "\u22CF", curre: "\xA4", curren: "\xA4", curvearrowleft: "\u21B6", curvearrowright: "\u21B7", cuvee: "\u22CE", cuwed: "\u22CF", cwconint: "\u2232", cwint: "\u2231", cylcty: "\u232D", dArr: "\u21D3", dHar: "\u2965", dagger: "\u2020", daleth: "\u2138", darr: "\u2193", dash: "\u2010", dashv: "\u22A3", dbkarow: "\u290F", dblac: "\u02DD", dcaron: "\u010F", dcy: "\u0434", dd: "\u2146", ddagger: "\u2021", ddarr: "\u21CA", ddotseq: "\u2A77", de: "\xB0", deg: "\xB0", delta: "\u03B4", demptyv: "\u29B1", dfisht: "\u297F", dfr: "\u{1D521}", dharl: "\u21C3", dharr: "\u21C2", diam: "\u22C4", diamond: "\u22C4", diamondsuit: "\u2666", diams: "\u2666", die: "\xA8", digamma: "\u03DD", disin: "\u22F2", div: "\xF7", divid: "\xF7", divide: "\xF7", divideontimes: "\u22C7", divonx: "\u22C7", djcy: "\u0452", dlcorn: "\u231E", dlcrop: "\u230D", dollar: "$", dopf: "\u{1D555}", dot: "\u02D9", doteq: "\u2250", doteqdot: "\u2251", dotminus: "\u2238", dotplus: "\u2214", dotsquare: "\u22A1", doublebarwedge: "\u2306", downarrow: "\u2193", downdownarrows: "\u21CA", downharpoonleft: "\u21C3", downharpoonright: "\u21C2", drbkarow: "\u2910", drcorn: "\u231F", drcrop: "\u230C", dscr: "\u{1D4B9}", dscy: "\u0455", dsol: "\u29F6", dstrok: "\u0111", dtdot: "\u22F1", dtri: "\u25BF", dtrif: "\u25BE", duarr: "\u21F5", duhar: "\u296F", dwangle: "\u29A6", dzcy: "\u045F", dzigrarr: "\u27FF", eDDot: "\u2A77", eDot: "\u2251", eacut: "\xE9", eacute: "\xE9", easter: "\u2A6E", ecaron: "\u011B", ecir: "\xEA", ecirc: "\xEA", ecolon: "\u2255", ecy: "\u044D", edot: "\u0117", ee: "\u2147", efDot: "\u2252", efr: "\u{1D522}", eg: "\u2A9A", egrav: "\xE8", egrave: "\xE8", egs: "\u2A96", egsdot: "\u2A98", el: "\u2A99", elinters: "\u23E7", ell: "\u2113", els: "\u2A95", elsdot: "\u2A97", emacr: "\u0113", empty: "\u2205", emptyset: "\u2205", emptyv: "\u2205", emsp13: "\u2004", emsp14: "\u2005", emsp: "\u2003", eng: "\u014B", ensp: "\u2002", eogon: "\u0119", eopf: "\u{1D556}", epar: "\u22D5", eparsl: "\u29E3", eplus: "\u2A71", epsi: "\u03B5", epsilon: "\u03B5", epsiv: "\u03F5", eqcirc: "\u2256", eqcolon: "\u2255", eqsim: "\u2242", eqslantgtr: "\u2A96", eqslantless: "\u2A95", equals: "=", equest: "\u225F", equiv: "\u2261", equivDD: "\u2A78", eqvparsl: "\u29E5", erDot: "\u2253", erarr: "\u2971", escr: "\u212F", esdot: "\u2250", esim: "\u2242", eta: "\u03B7", et: "\xF0", eth: "\xF0", eum: "\xEB", euml: "\xEB", euro: "\u20AC", excl: "!", exist: "\u2203", expectation: "\u2130", exponentiale: "\u2147", fallingdotseq: "\u2252", fcy: "\u0444", female: "\u2640", ffilig: "\uFB03", fflig: "\uFB00", ffllig: "\uFB04", ffr: "\u{1D523}", filig: "\uFB01", fjlig: "fj", flat: "\u266D", fllig: "\uFB02", fltns: "\u25B1", fnof: "\u0192", fopf: "\u{1D557}", forall: "\u2200", fork: "\u22D4", forkv: "\u2AD9", fpartint: "\u2A0D", frac1: "\xBC", frac12: "\xBD", frac13: "\u2153", frac14: "\xBC", frac15: "\u2155", frac16: "\u2159", frac18: "\u215B", frac23: "\u2154", frac25: "\u2156", frac3: "\xBE", frac34: "\xBE", frac35: "\u2157", frac38: "\u215C", frac45: "\u2158", frac56: "\u215A", frac58: "\u215D", frac78: "\u215E", frasl: "\u2044", frown: "\u2322", fscr: "\u{1D4BB}", gE: "\u2267", gEl: "\u2A8C", gacute: "\u01F5", gamma: "\u03B3", gammad: "\u03DD", gap: "\u2A86", gbreve: "\u011F", gcirc: "\u011D", gcy: "\u0433", gdot: "\u0121", ge: "\u2265", gel: "\u22DB", geq: "\u2265", geqq: "\u2267", geqslant: "\u2A7E", ges: "\u2A7E", gescc: "\u2AA9", gesdot: "\u2A80", gesdoto: "\u2A82", gesdotol: "\u2A84", gesl: "\u22DB\uFE00", gesles: "\u2A94", gfr: "\u{1D524}", gg: "\u226B", ggg: "\u22D9", gimel: "\u2137", gjcy: "\u0453", gl: "\u2277", glE: "\u2A92", gla: "\u2AA5", glj: "\u2AA4", gnE: "\u2269", gnap: "\u2A8A", gnapprox: "\u2A8A", gne: "\u2A88", gneq: "\u2A88", gneqq: "\u2269", gnsim: "\u22E7", gopf: "\u{1D558}", grave: "`", gscr: "\u210A", gsim: "\u2273", gsime: "\u2A8E", gsiml: "\u2A90", g: ">", gt: ">", gtcc: "\u2AA7", gtcir: "\u2A7A", gtdot: "\u22D7", gtlPar: "\u2995", gtquest: "\u2A7C", gtrapprox: "\u2A86", gtrarr: "\u2978", gtrdot: "\u22D7", gtreqless: "\u22DB", gtreqqless: "\u2A8C", gtrless: "\u2277", gtrsim: "\u2273", gvertneqq: "\u2269\uFE00", gvnE: "\u2269\uFE00", hArr: "\u21D4", hairsp: "\u200A", half: "\xBD", hamilt: "\u210B", hardcy: "\u044A", harr: "\u2194", harrcir: "\u2948", harrw: "\u21AD", hbar: "\u210F", hcirc: "\u0125", hearts: "\u2665", heartsuit: "\u2665", hellip: "\u2026", hercon: "\u22B9", hfr: "\u{1D525}", hksearow: "\u2925", hkswarow: "\u2926", hoarr: "\u21FF", homtht: "\u223B", hookleftarrow: "\u21A9", hookrightarrow: "\u21AA", hopf: "\u{1D559}", horbar: "\u2015", hscr: "\u{1D4BD}", hslash: "\u210F", hstrok: "\u0127", hybull: "\u2043", hyphen: "\u2010", iacut: "\xED", iacute: "\xED", ic: "\u2063", icir: "\xEE", icirc: "\xEE", icy: "\u0438", iecy: "\u0435", iexc: "\xA1", iexcl: "\xA1", iff: "\u21D4", ifr: "\u{1D526}", igrav: "\xEC", igrave: "\xEC", ii: "\u2148", iiiint: "\u2A0C", iiint: "\u222D", iinfin: "\u29DC", iiota: "\u2129", ijlig: "\u0133", imacr: "\u012B", image: "\u2111", imagline: "\u2110", imagpart: "\u2111", imath: "\u0131", imof: "\u22B7", imped: "\u01B5", in: "\u2208", incare: "\u2105", infin: "\u221E", infintie: "\u29DD", inodot: "\u0131", int: "\u222B", intcal: "\u22BA", integers: "\u2124", intercal: "\u22BA", intlarhk: "\u2A17", intprod: "\u2A3C", iocy: "\u0451", iogon: "\u012F", iopf: "\u{1D55A}", iota: "\u03B9", iprod: "\u2A3C", iques: "\xBF", iquest: "\xBF", iscr: "\u{1D4BE}", isin: "\u2208", isinE: "\u22F9", isindot: "\u22F5", isins: "\u22F4", isinsv: "\u22F3", isinv: "\u2208", it: "\u2062", itilde: "\u0129", iukcy: "\u0456", ium: "\xEF", iuml: "\xEF", jcirc: "\u0135", jcy: "\u0439", jfr: "\u{1D527}", jmath: "\u0237", jopf: "\u{1D55B}", jscr: "\u{1D4BF}", jsercy: "\u0458", jukcy: "\u0454", kappa: "\u03BA", kappav: "\u03F0", kcedil: "\u0137", kcy: "\u043A", kfr: "\u{1D528}", kgreen: "\u0138", khcy: "\u0445", kjcy: "\u045C", kopf: "\u{1D55C}", kscr: "\u{1D4C0}", lAarr: "\u21DA", lArr: "\u21D0", lAtail: "\u291B", lBarr: "\u290E", lE: "\u2266", lEg: "\u2A8B", lHar: "\u2962", lacute: "\u013A", laemptyv: "\u29B4", lagran: "\u2112", lambda: "\u03BB", lang: "\u27E8", langd: "\u2991", langle: "\u27E8", lap: "\u2A85", laqu: "\xAB", laquo: "\xAB", larr: "\u2190", larrb: "\u21E4", larrbfs: "\u291F", larrfs: "\u291D", larrhk: "\u21A9", larrlp: "\u21AB", larrpl: "\u2939", larrsim: "\u2973", larrtl: "\u21A2", lat: "\u2AAB", latail: "\u2919", late: "\u2AAD", lates: "\u2AAD\uFE00", lbarr: "\u290C", lbbrk: "\u2772", lbrace: "{", lbrack: "[", lbrke: "\u298B", lbrksld: "\u298F", lbrkslu: "\u298D", lcaron: "\u013E", lcedil: "\u013C", lceil: "\u2308", lcub: "{", lcy: "\u043B", ldca: "\u2936", ldquo: "\u201C", ldquor: "\u201E", ldrdhar: "\u2967", ldrushar: "\u294B", ldsh: "\u21B2", le: "\u2264", leftarrow: "\u2190", leftarrowtail: "\u21A2", leftharpoondown: "\u21BD", leftharpoonup: "\u21BC", leftleftarrows: "\u21C7", leftrightarrow: "\u2194", leftrightarrows: "\u21C6", leftrightharpoons: "\u21CB", leftrightsquigarrow: "\u21AD", leftthreetimes: "\u22CB", leg: "\u22DA", leq: "\u2264", leqq: "\u2266", leqslant: "\u2A7D", les: "\u2A7D", lescc: "\u2AA8", lesdot: "\u2A7F", lesdoto: "\u2A81", lesdotor: "\u2A83", lesg: "\u22DA\uFE00", lesges: "\u2A93", lessapprox: "\u2A85", lessdot: "\u22D6", lesseqgtr: "\u22DA", lesseqqgtr: "\u2A8B", lessgtr: "\u2276", lesssim: "\u2272", lfisht: "\u297C", lfloor: "\u230A", lfr: "\u{1D529}", lg: "\u2276", lgE: "\u2A91", lhard: "\u21BD", lharu: "\u21BC", lharul: "\u296A", lhblk: "\u2584", ljcy: "\u0459", ll: "\u226A", llarr: "\u21C7", llcorner: "\u231E", llhard: "\u296B", lltri: "\u25FA", lmidot: "\u0140", lmoust: "\u23B0", lmoustache: "\u23B0", lnE: "\u2268", lnap: "\u2A89", lnapprox: "\u2A89", lne: "\u2A87", lneq: "\u2A87", lneqq: "\u2268", lnsim: "\u22E6", loang: "\u27EC", loarr: "\u21FD", lobrk: "\u27E6", longleftarrow: "\u27F5", longleftrightarrow: "\u27F7", longmapsto: "\u27FC", longrightarrow: "\u27F6", looparrowleft: "\u21AB", looparrowright: "\u21AC", lopar: "\u2985", lopf: "\u{1D55D}", loplus: "\u2A2D", lotimes: "\u2A34", lowast: "\u2217", lowbar: "_", loz: "\u25CA", lozenge: "\u25CA", lozf: "\u29EB", lpar: "(", lparlt: "\u2993", lrarr: "\u21C6", lrcorner: "\u231F", lrhar: "\u21CB", lrhard: "\u296D", lrm: "\u200E", lrtri: "\u22BF", lsaquo: "\u2039", lscr: "\u{1D4C1}", lsh: "\u21B0", lsim: "\u2272", lsime: "\u2A8D", lsimg: "\u2A8F", lsqb: "[", lsquo: "\u2018", lsquor: "\u201A", lstrok: "\u0142", l: "<", lt: "<", ltcc: "\u2AA6", ltcir: "\u2A79", ltdot: "\u22D6", lthree: "\u22CB", ltimes: "\u22C9", ltlarr: "\u2976", ltquest: "\u2A7B", ltrPar: "\u2996", ltri: "\u25C3", ltrie: "\u22B4", ltrif: "\u25C2", lurdshar: "\u294A", luruhar: "\u2966", lvertneqq: "\u2268\uFE00", lvnE: "\u2268\uFE00", mDDot: "\u223A", mac: "\xAF", macr: "\xAF", male: "\u2642", malt: "\u2720", maltese: "\u2720", map: "\u21A6", mapsto: "\u21A6", mapstodown: "\u21A7", mapstoleft: "\u21A4", mapstoup: "\u21A5", marker: "\u25AE", mcomma: "\u2A29", mcy: "\u043C", mdash: "\u2014", measuredangle: "\u2221", mfr: "\u{1D52A}", mho: "\u2127", micr: "\xB5", micro: "\xB5", mid: "\u2223", midast: "*", midcir: "\u2AF0", middo: "\xB7", middot: "\xB7", minus: "\u2212", minusb: "\u229F", minusd: "\u2238", minusdu: "\u2A2A", mlcp: "\u2ADB", mldr: "\u2026", mnplus: "\u2213", models: "\u22A7", mopf: "\u{1D55E}", mp: "\u2213", mscr: "\u{1D4C2}", mstpos: "\u223E", mu: "\u03BC", multimap: "\u22B8", mumap: "\u22B8", nGg: "\u22D9\u0338", nGt: "\u226B\u20D2", nGtv: "\u226B\u0338", nLeftarrow: "\u21CD", nLeftrightarrow: "\u21CE", nLl: "\u22D8\u0338", nLt: "\u226A\u20D2", nLtv: "\u226A\u0338", nRightarrow: "\u21CF", nVDash: "\u22AF", nVdash: "\u22AE", nabla: "\u2207", nacute: "\u0144", nang: "\u2220\u20D2", nap: "\u2249", napE: "\u2A70\u0338", napid: "\u224B\u0338", napos: "\u0149", napprox: "\u2249", natur: "\u266E", natural: "\u266E", naturals: "\u2115", nbs: "\xA0", nbsp: "\xA0", nbump: "\u224E\u0338", nbumpe: "\u224F\u0338", ncap: "\u2A43", ncaron: "\u0148", ncedil: "\u0146", ncong: "\u2247", ncongdot: "\u2A6D\u0338", ncup: "\u2A42", ncy: "\u043D", ndash: "\u2013", ne: "\u2260", neArr: "\u21D7", nearhk: "\u2924", nearr: "\u2197", nearrow: "\u2197", nedot: "\u2250\u0338", nequiv: "\u2262", nesear: "\u2928", nesim: "\u2242\u0338", nexist: "\u2204", nexists: "\u2204", nfr: "\u{1D52B}", ngE: "\u2267\u0338", nge: "\u2271", ngeq: "\u2271", ngeqq: "\u2267\u0338", ngeqslant: "\u2A7E\u0338", nges: "\u2A7E\u0338", ngsim: "\u2275", ngt: "\u226F", ngtr: "\u226F", nhArr: "\u21CE", nharr: "\u21AE", nhpar: "\u2AF2", ni: "\u220B", nis: "\u22FC", nisd: "\u22FA", niv: "\u220B", njcy: "\u045A", nlArr: "\u21CD", nlE: "\u2266\u0338", nlarr: "\u219A", nldr: "\u2025", nle: "\u2270", nleftarrow: "\u219A", nleftrightarrow: "\u21AE", nleq: "\u2270", nleqq: "\u2266\u0338", nleqslant: "\u2A7D\u0338", nles: "\u2A7D\u0338", nless: "\u226E", nlsim: "\u2274", nlt: "\u226E", nltri: "\u22EA", nltrie: "\u22EC", nmid: "\u2224", nopf: "\u{1D55F}", no: "\xAC", not: "\xAC", notin: "\u2209", notinE: "\u22F9\u0338", notindot: "\u22F5\u0338", notinva: "\u2209", notinvb: "\u22F7", notinvc: "\u22F6", notni: "\u220C", notniva: "\u220C", notnivb: "\u22FE", notnivc: "\u22FD", npar: "\u2226", nparallel: "\u2226", nparsl: "\u2AFD\u20E5", npart: "\u2202\u0338", npolint: "\u2A14", npr: "\u2280", nprcue: "\u22E0", npre: "\u2AAF\u0338", nprec: "\u2280", npreceq: "\u2AAF\u0338", nrArr: "\u21CF", nrarr: "\u219B", nrarrc: "\u2933\u0338", nrarrw: "\u219D\u0338", nrightarrow: "\u219B", nrtri: "\u22EB", nrtrie: "\u22ED", nsc: "\u2281", nsccue: "\u22E1", nsce: "\u2AB0\u0338", nscr: "\u{1D4C3}", nshortmid: "\u2224", nshortparallel: "\u2226", nsim: "\u2241", nsime: "\u2244", nsimeq: "\u2244", nsmid: "\u2224", nspar: "\u2226", nsqsube: "\u22E2", nsqsupe: "\u22E3", nsub: "\u2284", nsubE: "\u2AC5\u0338", nsube: "\u2288", nsubset: "\u2282\u20D2", nsubseteq: "\u2288", nsubseteqq: "\u2AC5\u0338", nsucc: "\u2281", nsucceq: "\u2AB0\u0338", nsup: "\u2285", nsupE: "\u2AC6\u0338", nsupe: "\u2289", nsupset: "\u2283\u20D2", nsupseteq: "\u2289", nsupseteqq: "\u2AC6\u0338", ntgl: "\u2279", ntild: "\xF1", ntilde: "\xF1", ntlg: "\u2278", ntriangleleft: "\u22EA", ntrianglelefteq: "\u22EC", ntriangleright: "\u22EB", ntrianglerighteq: "\u22ED", nu: "\u03BD", num: "#", numero: "\u2116", numsp: "\u2007", nvDash: "\u22AD", nvHarr: "\u2904", nvap: "\u224D\u20D2", nvdash: "\u22AC", nvge: "\u2265\u20D2", nvgt: ">\u20D2", nvinfin: "\u29DE", nvlArr: "\u2902", nvle: "\u2264\u20D2", nvlt: "<\u20D2", nvltrie: "\u22B4\u20D2", nvrArr: "\u2903", nvrtrie: "\u22B5\u20D2", nvsim: "\u223C\u20D2", nwArr: "\u21D6", nwarhk: "\u2923", nwarr: "\u2196", nwarrow: "\u2196", nwnear: "\u2927", oS: "\u24C8", oacut: "\xF3", oacute: "\xF3", oast: "\u229B", ocir: "\xF4", ocirc: "\xF4", ocy: "\u043E", odash: "\u229D", odblac: "\u0151", odiv: "\u2A38", odot: "\u2299", odsold: "\u29BC", oelig: "\u0153", ofcir: "\u29BF", ofr: "\u{1D52C}", ogon: "\u02DB", ograv: "\xF2", ograve: "\xF2", ogt: "\u29C1", ohbar: "\u29B5", ohm: "\u03A9", oint: "\u222E", olarr: "\u21BA", olcir: "\u29BE", olcross: "\u29BB", oline: "\u203E", olt: "\u29C0", omacr: "\u014D", omega: "\u03C9", omicron: "\u03BF", omid: "\u29B6", ominus: "\u2296", oopf: "\u{1D560}", opar: "\u29B7", operp: "\u29B9", oplus: "\u2295", or: "\u2228", orarr: "\u21BB", ord: "\xBA", order: "\u2134", orderof: "\u2134", ordf: "\xAA", ordm: "\xBA", origof: "\u22B6", oror: "\u2A56", orslope: "\u2A57", orv: "\u2A5B", oscr: "\u2134", oslas: "\xF8", oslash: "\xF8", osol: "\u2298", otild: "\xF5", otilde: "\xF5", otimes: "\u2297", otimesas: "\u2A36", oum: "\xF6", ouml: "\xF6", ovbar: "\u233D", par: "\xB6", para: "\xB6", parallel: "\u2225", parsim: "\u2AF3", parsl: "\u2AFD", part: "\u2202", pcy: "\u043F", percnt: "%", period: ".", permil: "\u2030", perp: "\u22A5", pertenk: "\u2031", pfr: "\u{1D52D}", phi: "\u03C6", phiv: "\u03D5", phmmat: "\u2133", phone: "\u260E", pi: "\u03C0", pitchfork: "\u22D4", piv: "\u03D6", planck: "\u210F", planckh: "\u210E", plankv: "\u210F", plus: "+", plusacir: "\u2A23", plusb: "\u229E", pluscir: "\u2A22", plusdo: "\u2214", plusdu: "\u2A25", pluse: "\u2A72", plusm: "\xB1", plusmn: "\xB1", plussim: "\u2A26", plustwo: "\u2A27", pm: "\xB1", pointint: "\u2A15", popf: "\u{1D561}", poun: "\xA3", pound: "\xA3", pr: "\u227A", prE: "\u2AB3", prap: "\u2AB7", prcue: "\u227C", pre: "\u2AAF", prec: "\u227A", precapprox: "\u2AB7", preccurlyeq: "\u227C", preceq: "\u2AAF", precnapprox: "\u2AB9", precneqq: "\u2AB5", precnsim: "\u22E8", precsim: "\u227E", prime: "\u2032", primes: "\u2119", prnE: "\u2AB5", prnap: "\u2AB9", prnsim: "\u22E8", prod: "\u220F", profalar: "\u232E", profline: "\u2312", profsurf: "\u2313", prop: "\u221D", propto: "\u221D", prsim: "\u227E", prurel: "\u22B0", pscr: "\u{1D4C5}", psi: "\u03C8", puncsp: "\u2008", qfr: "\u{1D52E}", qint: "\u2A0C", qopf: "\u{1D562}", qprime: "\u2057", qscr: "\u{1D4C6}", quaternions: "\u210D", quatint: "\u2A16", quest: "?", questeq: "\u225F", quo: '"', quot: '"', rAarr: "\u21DB", rArr: "\u21D2", rAtail: "\u291C", rBarr: "\u290F", rHar: "\u2964", race: "\u223D\u0331", racute: "\u0155", radic: "\u221A", raemptyv: "\u29B3", rang: "\u27E9", rangd: "\u2992", range: "\u29A5", rangle: "\u27E9", raqu: "\xBB", raquo: "\xBB", rarr: "\u2192", rarrap: "\u2975", rarrb: "\u21E5", rarrbfs: "\u2920", rarrc: "\u2933", rarrfs: "\u291E", rarrhk: "\u21AA", rarrlp: "\u21AC", rarrpl: "\u2945", rarrsim: "\u2974", rarrtl: "\u21A3", rarrw: "\u219D", ratail: "\u291A", ratio: "\u2236", rationals: "\u211A", rbarr: "\u290D", rbbrk: "\u2773", rbrace: "}", rbrack: "]", rbrke: "\u298C", rbrksld: "\u298E", rbrkslu: "\u2990", rcaron: "\u0159", rcedil: "\u0157", rceil: "\u2309", rcub: "}", rcy: "\u0440", rdca: "\u2937", rdldhar: "\u2969", rdquo: "\u201D", rdquor: "\u201D", rdsh: "\u21B3", real: "\u211C", realine: "\u211B", realpart: "\u211C", reals: "\u211D", rect: "\u25AD", re: "\xAE", reg: "\xAE", rfisht: "\u297D", rfloor: "\u230B", rfr: "\u{1D52F}", rhard: "\u21C1", rharu: "\u21C0", rharul: "\u296C", rho: "\u03C1", rhov: "\u03F1", rightarrow: "\u2192", rightarrowtail: "\u21A3", rightharpoondown: "\u21C1", rightharpoonup: "\u21C0", rightleftarrows: "\u21C4", rightleftharpoons: "\u21CC", rightrightarrows: "\u21C9", rightsquigarrow: "\u219D", rightthreetimes: "\u22CC", ring: "\u02DA", risingdotseq: "\u2253", rlarr: "\u21C4", rlhar: "\u21CC", rlm: "\u200F", rmoust: "\u23B1", rmoustache: "\u23B1", rnmid: "\u2AEE", roang: "\u27ED", roarr: "\u21FE", robrk: "\u27E7", ropar: "\u2986", ropf: "\u{1D563}", roplus: "\u2A2E", rotimes: "\u2A35", rpar: ")", rpargt: "\u2994", rppolint: "\u2A12", rrarr: "\u21C9", rsaquo: "\u203A", rscr: "\u{1D4C7}", rsh: "\u21B1", rsqb: "]", rsquo: "\u2019", rsquor: "\u2019", rthree: "\u22CC", rtimes: "\u22CA", rtri: "\u25B9", rtrie: "\u22B5", rtrif: "\u25B8", rtriltri: "\u29CE", ruluhar: "\u2968", rx: "\u211E", sacute: "\u015B", sbquo: "\u201A", sc: "\u227B", scE: "\u2AB4", scap: "\u2AB8", scaron: "\u0161", sccue: "\u227D", sce: "\u2AB0", scedil: "\u015F", scirc: "\u015D", scnE: "\u2AB6", scnap: "\u2ABA", scnsim: "\u22E9", scpolint: "\u2A13", scsim: "\u227F", scy: "\u0441", sdot: "\u22C5", sdotb: "\u22A1", sdote: "\u2A66", seArr: "\u21D8", searhk: "\u2925", searr: "\u2198", searrow: "\u2198", sec: "\xA7", sect: "\xA7", semi: ";", seswar: "\u2929", setminus: "\u2216", setmn: "\u2216", sext: "\u2736", sfr: "\u{1D530}", sfrown: "\u2322", sharp: "\u266F", shchcy: "\u0449", shcy: "\u0448", shortmid: "\u2223", shortparallel: "\u2225", sh: "\xAD", shy: "\xAD", sigma: "\u03C3", sigmaf: "\u03C2", sigmav: "\u03C2", sim: "\u223C", simdot: "\u2A6A", sime: "\u2243", simeq: "\u2243", simg: "\u2A9E", simgE: "\u2AA0", siml: "\u2A9D", simlE: "\u2A9F", simne: "\u2246", simplus: "\u2A24", simrarr: "\u2972", slarr: "\u2190", smallsetminus: "\u2216", smashp: "\u2A33", smeparsl: "\u29E4", smid: "\u2223", smile: "\u2323", smt: "\u2AAA", smte: "\u2AAC", smtes: "\u2AAC\uFE00", softcy: "\u044C", sol: "/", solb: "\u29C4", solbar: "\u233F", sopf: "\u{1D564}", spades: "\u2660", spadesuit: "\u2660", spar: "\u2225", sqcap: "\u2293", sqcaps: "\u2293\uFE00", sqcup: "\u2294", sqcups: "\u2294\uFE00", sqsub: "\u228F", sqsube: "\u2291", sqsubset: "\u228F", sqsubseteq: "\u2291", sqsup: "\u2290", sqsupe: "\u2292", sqsupset: "\u2290", sqsupseteq: "\u2292", squ: "\u25A1", square: "\u25A1", squarf: "\u25AA", squf: "\u25AA", srarr: "\u2192", sscr: "\u{1D4C8}", ssetmn: "\u2216", ssmile: "\u2323", sstarf: "\u22C6", star: "\u2606", starf: "\u2605", straightepsilon: "\u03F5", straightphi: "\u03D5", strns: "\xAF", sub: "\u2282", subE: "\u2AC5", subdot: "\u2ABD", sube: "\u2286", subedot: "\u2AC3", submult: "\u2AC1", subnE: "\u2ACB", subne: "\u228A", subplus: "\u2ABF", subrarr: "\u2979", subset: "\u2282", subseteq: "\u2286", subseteqq: "\u2AC5", subsetneq: "\u228A", subsetneqq: "\u2ACB", subsim: "\u2AC7", subsub: "\u2AD5", subsup: "\u2AD3", succ: "\u227B", succapprox: "\u2AB8", succcurlyeq: "\u227D", succeq: "\u2AB0", succnapprox: "\u2ABA", succneqq: "\u2AB6", succnsim: "\u22E9", succsim: "\u227F", sum: "\u2211", sung: "\u266A", sup: "\u2283", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", supE: "\u2AC6", supdot: "\u2ABE", supdsub: "\u2AD8", supe: "\u2287", supedot: "\u2AC4", suphsol: "\u27C9", suphsub: "\u2AD7", suplarr: "\u297B", supmult: "\u2AC2", supnE: "\u2ACC", supne: "\u228B", supplus: "\u2AC0", supset: "\u2283", supseteq: "\u2287", supseteqq: "\u2AC6", supsetneq: "\u228B", supsetneqq: "\u2ACC", supsim: "\u2AC8", supsub: "\u2AD4", supsup: "\u2AD6", swArr: "\u21D9", swarhk: "\u2926", swarr: "\u2199", swarrow: "\u2199", swnwar: "\u292A", szli: "\xDF", szlig: "\xDF", target: "\u2316", tau: "\u03C4", tbrk: "\u23B4", tcaron: "\u0165", tcedil: "\u0163", tcy: "\u0442", tdot: "\u20DB", telrec: "\u2315", tfr: "\u{1D531}", there4: "\u2234", therefore: "\u2234", theta: "\u03B8", thetasym: "\u03D1", thetav: "\u03D1", thickapprox: "\u2248", thicksim: "\u223C", thinsp: "\u2009", thkap: "\u2248", thksim: "\u223C", thor: "\xFE", thorn: "\xFE", tilde: "\u02DC", time: "\xD7", times: "\xD7", timesb: "\u22A0", timesbar: "\u2A31", timesd: "\u2A30", tint: "\u222D", toea: "\u2928", top: "\u22A4", topbot: "\u2336", topcir: "\u2AF1", topf: "\u{1D565}", topfork: "\u2ADA", tosa: "\u2929", tprime: "\u2034", trade: "\u2122", triangle: "\u25B5", triangledown: "\u25BF", triangleleft: "\u25C3", trianglelefteq: "\u22B4", triangleq: "\u225C", triangleright: "\u25B9", trianglerighteq: "\u22B5", tridot: "\u25EC", trie: "\u225C", triminus: "\u2A3A", triplus: "\u2A39", trisb: "\u29CD", tritime: "\u2A3B", trpezium: "\u23E2", tscr: "\u{1D4C9}", tscy: "\u0446", tshcy: "\u045B", tstrok: "\u0167", twixt: "\u226C", twoheadleftarrow: "\u219E", twoheadrightarrow: "\u21A0", uArr: "\u21D1", uHar: "\u2963", uacut: "\xFA", uacute: "\xFA", uarr: "\u2191", ubrcy: "\u045E", ubreve: "\u016D", ucir: "\xFB", ucirc: "\xFB", ucy: "\u0443", udarr: "\u21C5", udblac: "\u0171", udhar: "\u296E", ufisht: "\u297E", ufr: "\u{1D532}", ugrav: "\xF9", ugrave: "\xF9", uharl: "\u21BF", uharr: "\u21BE", uhblk: "\u2580", ulcorn: "\u231C", ulcorner: "\u231C", ulcrop: "\u230F", ultri: "\u25F8", umacr: "\u016B", um: "\xA8", uml: "\xA8", uogon: "\u0173", uopf: "\u{1D566}", uparrow: "\u2191", updownarrow: "\u2195", upharpoonleft: "\u21BF", upharpoonright: "\u21BE", uplus: "\u228E", upsi: "\u03C5", upsih: "\u03D2", upsilon: "\u03C5", upuparrows: "\u21C8", urcorn: "\u231D", urcorner: "\u231D", urcrop: "\u230E", uring: "\u016F", urtri: "\u25F9", uscr: "\u{1D4CA}", utdot: "\u22F0", utilde: "\u0169", utri: "\u25B5", utrif: "\u25B4", uuarr: "\u21C8", uum: "\xFC", uuml: "\xFC", uwangle: "\u29A7", vArr: "\u21D5", vBar: "\u2AE8", vBarv: "\u2AE9", vDash: "\u22A8", vangrt: "\u299C", varepsilon: "\u03F5", varkappa: "\u03F0", varnothing: "\u2205", varphi: "\u03D5", varpi: "\u03D6", varpropto: "\u221D", varr: "\u2195", varrho: "\u03F1", varsigma: "\u03C2", varsubsetneq: "\u228A\uFE00", varsubsetneqq: "\u2ACB\uFE00", varsupsetneq: "\u228B\uFE00", varsupsetneqq: "\u2ACC\uFE00", vartheta: "\u03D1", vartriangleleft: "\u22B2", vartriangleright: "\u22B3", vcy: "\u0432", vdash: "\u22A2", vee: "\u2228", veebar: "\u22BB", veeeq: "\u225A", vellip: "\u22EE", verbar: "|", vert: "|", vfr: "\u{1D533}", vltri: "\u22B2", vnsub: "\u2282\u20D2", vnsup: "\u2283\u20D2", vopf: "\u{1D567}", vprop: "\u221D", vrtri: "\u22B3", vscr: "\u{1D4CB}", vsubnE: "\u2ACB\uFE00", vsubne: "\u228A\uFE00", vsupnE: "\u2ACC\uFE00", vsupne: "\u228B\uFE00", vzigzag: "\u299A", wcirc: "\u0175", wedbar: "\u2A5F", wedge: "\u2227", wedgeq: "\u2259", weierp: "\u2118", wfr: "\u{1D534}", wopf: "\u{1D568}", wp: "\u2118", wr: "\u2240", wreath: "\u2240", wscr: "\u{1D4CC}", xcap: "\u22C2", xcirc: "\u25EF", xcup: "\u22C3", xdtri: "\u25BD", xfr: "\u{1D535}", xhArr: "\u27FA", xharr: "\u27F7", xi: "\u03BE", xlArr: "\u27F8", xlarr: "\u27F5", xmap: "\u27FC", xnis: "\u22FB", xodot: "\u2A00", xopf: "\u{1D569}", xoplus: "\u2A01", xotime: "\u2A02", xrArr: "\u27F9", xrarr: "\u27F6", xscr: "\u{1D4CD}", xsqcup: "\u2A06", xuplus: "\u2A04", xutri: "\u25B3", xvee: "\u22C1", xwedge: "\u22C0", yacut: "\xFD", yacute: "\xFD", yacy: "\u044F", ycirc: "\u0177", ycy: "\u044B", ye: "\xA5", yen: "\xA5", yfr: "\u{1D536}", yicy: "\u0457", yopf: "\u{1D56A}", yscr: "\u{1D4CE}", yucy: "\u044E", yum: "\xFF", yuml: "\xFF", zacute: "\u017A", zcaron: "\u017E", zcy: "\u0437", zdot: "\u017C", zeetrf: "\u2128", zeta: "\u03B6", zfr: "\u{1D537}", zhcy: "\u0436", zigrarr: "\u21DD", zopf: "\u{1D56B}", zscr: "\u{1D4CF}", zwj: "\u200D", zwnj: "\u200C" };
});
var hs = _((aT, ps) => {
  "use strict";
  var fs6 = cs();
  ps.exports = Fx;
  var kx = {}.hasOwnProperty;
  function Fx(e) {
    return kx.call(fs6, e) ? fs6[e] : false;
  }
});
var dr2 = _((uT, vs) => {
  "use strict";
  var ms = rs(), ds = ns(), bx = wt2(), Ex = us(), ks = ls(), wx = hs();
  vs.exports = Nx;
  var Cx = {}.hasOwnProperty, Rt2 = String.fromCharCode, yx = Function.prototype, Ds = { warning: null, reference: null, text: null, warningContext: null, referenceContext: null, textContext: null, position: {}, additional: null, attribute: false, nonTerminated: true }, vx = 9, gs = 10, Ax = 12, Tx = 32, xs = 38, Sx = 59, Lx = 60, Ix = 61, qx = 35, Bx = 88, _x = 120, Px = 65533, Mt2 = "named", Qi = "hexadecimal", Xi = "decimal", Ji2 = {};
  Ji2[Qi] = 16;
  Ji2[Xi] = 10;
  var cn2 = {};
  cn2[Mt2] = ks;
  cn2[Xi] = bx;
  cn2[Qi] = Ex;
  var Fs = 1, bs = 2, Es = 3, ws = 4, Cs = 5, Ki2 = 6, ys = 7, st2 = {};
  st2[Fs] = "Named character references must be terminated by a semicolon";
  st2[bs] = "Numeric character references must be terminated by a semicolon";
  st2[Es] = "Named character references cannot be empty";
  st2[ws] = "Numeric character references cannot be empty";
  st2[Cs] = "Named character references must be known";
  st2[Ki2] = "Numeric character references cannot be disallowed";
  st2[ys] = "Numeric character references cannot be outside the permissible Unicode range";
  function Nx(e, t) {
    var r = {}, n, i;
    t || (t = {});
    for (i in Ds) n = t[i], r[i] = n ?? Ds[i];
    return (r.position.indent || r.position.start) && (r.indent = r.position.indent || [], r.position = r.position.start), Ox(e, r);
  }
  function Ox(e, t) {
    var r = t.additional, n = t.nonTerminated, i = t.text, u = t.reference, a = t.warning, o = t.textContext, s = t.referenceContext, c = t.warningContext, l = t.position, f = t.indent || [], p = e.length, m = 0, d = -1, k2 = l.column || 1, g = l.line || 1, x = "", F = [], w2, T2, C, D, v2, L2, y2, E, I2, q, S2, z2, N, M2, O2, W2, ne2, h2, Y2;
    for (typeof r == "string" && (r = r.charCodeAt(0)), W2 = ie2(), E = a ? b2 : yx, m--, p++; ++m < p; ) if (v2 === gs && (k2 = f[d] || 1), v2 = e.charCodeAt(m), v2 === xs) {
      if (y2 = e.charCodeAt(m + 1), y2 === vx || y2 === gs || y2 === Ax || y2 === Tx || y2 === xs || y2 === Lx || y2 !== y2 || r && y2 === r) {
        x += Rt2(v2), k2++;
        continue;
      }
      for (N = m + 1, z2 = N, Y2 = N, y2 === qx ? (Y2 = ++z2, y2 = e.charCodeAt(Y2), y2 === Bx || y2 === _x ? (M2 = Qi, Y2 = ++z2) : M2 = Xi) : M2 = Mt2, w2 = "", S2 = "", D = "", O2 = cn2[M2], Y2--; ++Y2 < p && (y2 = e.charCodeAt(Y2), !!O2(y2)); ) D += Rt2(y2), M2 === Mt2 && Cx.call(ms, D) && (w2 = D, S2 = ms[D]);
      C = e.charCodeAt(Y2) === Sx, C && (Y2++, T2 = M2 === Mt2 ? wx(D) : false, T2 && (w2 = D, S2 = T2)), h2 = 1 + Y2 - N, !C && !n || (D ? M2 === Mt2 ? (C && !S2 ? E(Cs, 1) : (w2 !== D && (Y2 = z2 + w2.length, h2 = 1 + Y2 - z2, C = false), C || (I2 = w2 ? Fs : Es, t.attribute ? (y2 = e.charCodeAt(Y2), y2 === Ix ? (E(I2, h2), S2 = null) : ks(y2) ? S2 = null : E(I2, h2)) : E(I2, h2))), L2 = S2) : (C || E(bs, h2), L2 = parseInt(D, Ji2[M2]), Rx(L2) ? (E(ys, h2), L2 = Rt2(Px)) : L2 in ds ? (E(Ki2, h2), L2 = ds[L2]) : (q = "", Mx(L2) && E(Ki2, h2), L2 > 65535 && (L2 -= 65536, q += Rt2(L2 >>> 10 | 55296), L2 = 56320 | L2 & 1023), L2 = q + Rt2(L2))) : M2 !== Mt2 && E(ws, h2)), L2 ? (te2(), W2 = ie2(), m = Y2 - 1, k2 += Y2 - N + 1, F.push(L2), ne2 = ie2(), ne2.offset++, u && u.call(s, L2, { start: W2, end: ne2 }, e.slice(N - 1, Y2)), W2 = ne2) : (D = e.slice(N - 1, Y2), x += D, k2 += D.length, m = Y2 - 1);
    } else v2 === 10 && (g++, d++, k2 = 0), v2 === v2 ? (x += Rt2(v2), k2++) : te2();
    return F.join("");
    function ie2() {
      return { line: g, column: k2, offset: m + (l.offset || 0) };
    }
    function b2(pe2, Z2) {
      var nt2 = ie2();
      nt2.column += Z2, nt2.offset += Z2, a.call(c, st2[pe2], nt2, pe2);
    }
    function te2() {
      x && (F.push(x), i && i.call(o, x, { start: W2, end: ie2() }), x = "");
    }
  }
  function Rx(e) {
    return e >= 55296 && e <= 57343 || e > 1114111;
  }
  function Mx(e) {
    return e >= 1 && e <= 8 || e === 11 || e >= 13 && e <= 31 || e >= 127 && e <= 159 || e >= 64976 && e <= 65007 || (e & 65535) === 65535 || (e & 65535) === 65534;
  }
});
var Ss = _((oT, Ts) => {
  "use strict";
  var zx = Et2(), As = dr2();
  Ts.exports = Ux;
  function Ux(e) {
    return r.raw = n, r;
    function t(u) {
      for (var a = e.offset, o = u.line, s = []; ++o && o in a; ) s.push((a[o] || 0) + 1);
      return { start: u, indent: s };
    }
    function r(u, a, o) {
      As(u, { position: t(a), warning: i, text: o, reference: o, textContext: e, referenceContext: e });
    }
    function n(u, a, o) {
      return As(u, zx(o, { position: t(a), warning: i }));
    }
    function i(u, a, o) {
      o !== 3 && e.file.message(u, a);
    }
  }
});
var qs = _((sT, Is) => {
  "use strict";
  Is.exports = Hx;
  function Hx(e) {
    return t;
    function t(r, n) {
      var i = this, u = i.offset, a = [], o = i[e + "Methods"], s = i[e + "Tokenizers"], c = n.line, l = n.column, f, p, m, d, k2, g;
      if (!r) return a;
      for (L2.now = w2, L2.file = i.file, x(""); r; ) {
        for (f = -1, p = o.length, k2 = false; ++f < p && (d = o[f], m = s[d], !(m && (!m.onlyAtStart || i.atStart) && (!m.notInList || !i.inList) && (!m.notInBlock || !i.inBlock) && (!m.notInLink || !i.inLink) && (g = r.length, m.apply(i, [L2, r]), k2 = g !== r.length, k2))); ) ;
        k2 || i.file.fail(new Error("Infinite loop"), L2.now());
      }
      return i.eof = w2(), a;
      function x(y2) {
        for (var E = -1, I2 = y2.indexOf(`
`); I2 !== -1; ) c++, E = I2, I2 = y2.indexOf(`
`, I2 + 1);
        E === -1 ? l += y2.length : l = y2.length - E, c in u && (E !== -1 ? l += u[c] : l <= u[c] && (l = u[c] + 1));
      }
      function F() {
        var y2 = [], E = c + 1;
        return function() {
          for (var I2 = c + 1; E < I2; ) y2.push((u[E] || 0) + 1), E++;
          return y2;
        };
      }
      function w2() {
        var y2 = { line: c, column: l };
        return y2.offset = i.toOffset(y2), y2;
      }
      function T2(y2) {
        this.start = y2, this.end = w2();
      }
      function C(y2) {
        r.slice(0, y2.length) !== y2 && i.file.fail(new Error("Incorrectly eaten value: please report this warning on https://git.io/vg5Ft"), w2());
      }
      function D() {
        var y2 = w2();
        return E;
        function E(I2, q) {
          var S2 = I2.position, z2 = S2 ? S2.start : y2, N = [], M2 = S2 && S2.end.line, O2 = y2.line;
          if (I2.position = new T2(z2), S2 && q && S2.indent) {
            if (N = S2.indent, M2 < O2) {
              for (; ++M2 < O2; ) N.push((u[M2] || 0) + 1);
              N.push(y2.column);
            }
            q = N.concat(q);
          }
          return I2.position.indent = q || [], I2;
        }
      }
      function v2(y2, E) {
        var I2 = E ? E.children : a, q = I2[I2.length - 1], S2;
        return q && y2.type === q.type && (y2.type === "text" || y2.type === "blockquote") && Ls(q) && Ls(y2) && (S2 = y2.type === "text" ? Vx : Gx, y2 = S2.call(i, q, y2)), y2 !== q && I2.push(y2), i.atStart && a.length !== 0 && i.exitStart(), y2;
      }
      function L2(y2) {
        var E = F(), I2 = D(), q = w2();
        return C(y2), S2.reset = z2, z2.test = N, S2.test = N, r = r.slice(y2.length), x(y2), E = E(), S2;
        function S2(M2, O2) {
          return I2(v2(I2(M2), O2), E);
        }
        function z2() {
          var M2 = S2.apply(null, arguments);
          return c = q.line, l = q.column, r = y2 + r, M2;
        }
        function N() {
          var M2 = I2({});
          return c = q.line, l = q.column, r = y2 + r, M2.position;
        }
      }
    }
  }
  function Ls(e) {
    var t, r;
    return e.type !== "text" || !e.position ? true : (t = e.position.start, r = e.position.end, t.line !== r.line || r.column - t.column === e.value.length);
  }
  function Vx(e, t) {
    return e.value += t.value, e;
  }
  function Gx(e, t) {
    return this.options.commonmark || this.options.gfm ? t : (e.children = e.children.concat(t.children), e);
  }
});
var Ps = _((lT, _s) => {
  "use strict";
  _s.exports = fn2;
  var Zi = ["\\", "`", "*", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "_", ">"], ea = Zi.concat(["~", "|"]), Bs = ea.concat([`
`, '"', "$", "%", "&", "'", ",", "/", ":", ";", "<", "=", "?", "@", "^"]);
  fn2.default = Zi;
  fn2.gfm = ea;
  fn2.commonmark = Bs;
  function fn2(e) {
    var t = e || {};
    return t.commonmark ? Bs : t.gfm ? ea : Zi;
  }
});
var Os = _((cT, Ns) => {
  "use strict";
  Ns.exports = ["address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "meta", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "pre", "section", "source", "title", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul"];
});
var ta = _((fT, Rs) => {
  "use strict";
  Rs.exports = { position: true, gfm: true, commonmark: false, pedantic: false, blocks: Os() };
});
var zs = _((pT, Ms) => {
  "use strict";
  var jx = Et2(), Wx = Ps(), Yx = ta();
  Ms.exports = $x;
  function $x(e) {
    var t = this, r = t.options, n, i;
    if (e == null) e = {};
    else if (typeof e == "object") e = jx(e);
    else throw new Error("Invalid value `" + e + "` for setting `options`");
    for (n in Yx) {
      if (i = e[n], i == null && (i = r[n]), n !== "blocks" && typeof i != "boolean" || n === "blocks" && typeof i != "object") throw new Error("Invalid value `" + i + "` for setting `options." + n + "`");
      e[n] = i;
    }
    return t.options = e, t.escape = Wx(e), t;
  }
});
var Vs = _((hT, Hs) => {
  "use strict";
  Hs.exports = Us;
  function Us(e) {
    if (e == null) return Jx;
    if (typeof e == "string") return Xx(e);
    if (typeof e == "object") return "length" in e ? Qx(e) : Kx(e);
    if (typeof e == "function") return e;
    throw new Error("Expected function, string, or object as test");
  }
  function Kx(e) {
    return t;
    function t(r) {
      var n;
      for (n in e) if (r[n] !== e[n]) return false;
      return true;
    }
  }
  function Qx(e) {
    for (var t = [], r = -1; ++r < e.length; ) t[r] = Us(e[r]);
    return n;
    function n() {
      for (var i = -1; ++i < t.length; ) if (t[i].apply(this, arguments)) return true;
      return false;
    }
  }
  function Xx(e) {
    return t;
    function t(r) {
      return !!(r && r.type === e);
    }
  }
  function Jx() {
    return true;
  }
});
var js = _((mT, Gs) => {
  Gs.exports = Zx;
  function Zx(e) {
    return e;
  }
});
var Ks = _((dT, $s) => {
  "use strict";
  $s.exports = pn2;
  var e1 = Vs(), t1 = js(), Ws = true, Ys = "skip", ra = false;
  pn2.CONTINUE = Ws;
  pn2.SKIP = Ys;
  pn2.EXIT = ra;
  function pn2(e, t, r, n) {
    var i, u;
    typeof t == "function" && typeof r != "function" && (n = r, r = t, t = null), u = e1(t), i = n ? -1 : 1, a(e, null, [])();
    function a(o, s, c) {
      var l = typeof o == "object" && o !== null ? o : {}, f;
      return typeof l.type == "string" && (f = typeof l.tagName == "string" ? l.tagName : typeof l.name == "string" ? l.name : void 0, p.displayName = "node (" + t1(l.type + (f ? "<" + f + ">" : "")) + ")"), p;
      function p() {
        var m = c.concat(o), d = [], k2, g;
        if ((!t || u(o, s, c[c.length - 1] || null)) && (d = r1(r(o, c)), d[0] === ra)) return d;
        if (o.children && d[0] !== Ys) for (g = (n ? o.children.length : -1) + i; g > -1 && g < o.children.length; ) {
          if (k2 = a(o.children[g], g, m)(), k2[0] === ra) return k2;
          g = typeof k2[1] == "number" ? k2[1] : g + i;
        }
        return d;
      }
    }
  }
  function r1(e) {
    return e !== null && typeof e == "object" && "length" in e ? e : typeof e == "number" ? [Ws, e] : [e];
  }
});
var Xs = _((DT, Qs) => {
  "use strict";
  Qs.exports = mn2;
  var hn2 = Ks(), n1 = hn2.CONTINUE, i1 = hn2.SKIP, a1 = hn2.EXIT;
  mn2.CONTINUE = n1;
  mn2.SKIP = i1;
  mn2.EXIT = a1;
  function mn2(e, t, r, n) {
    typeof t == "function" && typeof r != "function" && (n = r, r = t, t = null), hn2(e, t, i, n);
    function i(u, a) {
      var o = a[a.length - 1], s = o ? o.children.indexOf(u) : null;
      return r(u, s, o);
    }
  }
});
var Zs = _((gT, Js) => {
  "use strict";
  var u1 = Xs();
  Js.exports = o1;
  function o1(e, t) {
    return u1(e, t ? s1 : l1), e;
  }
  function s1(e) {
    delete e.position;
  }
  function l1(e) {
    e.position = void 0;
  }
});
var rl = _((xT, tl) => {
  "use strict";
  var el = Et2(), c1 = Zs();
  tl.exports = h1;
  var f1 = `
`, p1 = /\r\n|\r/g;
  function h1() {
    var e = this, t = String(e.file), r = { line: 1, column: 1, offset: 0 }, n = el(r), i;
    return t = t.replace(p1, f1), t.charCodeAt(0) === 65279 && (t = t.slice(1), n.column++, n.offset++), i = { type: "root", children: e.tokenizeBlock(t, n), position: { start: r, end: e.eof || el(r) } }, e.options.position || c1(i, true), i;
  }
});
var il = _((kT, nl) => {
  "use strict";
  var m1 = /^[ \t]*(\n|$)/;
  nl.exports = d1;
  function d1(e, t, r) {
    for (var n, i = "", u = 0, a = t.length; u < a && (n = m1.exec(t.slice(u)), n != null); ) u += n[0].length, i += n[0];
    if (i !== "") {
      if (r) return true;
      e(i);
    }
  }
});
var dn2 = _((FT, al) => {
  "use strict";
  var Ye2 = "", na;
  al.exports = D1;
  function D1(e, t) {
    if (typeof e != "string") throw new TypeError("expected a string");
    if (t === 1) return e;
    if (t === 2) return e + e;
    var r = e.length * t;
    if (na !== e || typeof na > "u") na = e, Ye2 = "";
    else if (Ye2.length >= r) return Ye2.substr(0, r);
    for (; r > Ye2.length && t > 1; ) t & 1 && (Ye2 += e), t >>= 1, e += e;
    return Ye2 += e, Ye2 = Ye2.substr(0, r), Ye2;
  }
});
var ia = _((bT, ul) => {
  "use strict";
  ul.exports = g1;
  function g1(e) {
    return String(e).replace(/\n+$/, "");
  }
});
var ll = _((ET, sl) => {
  "use strict";
  var x1 = dn2(), k1 = ia();
  sl.exports = E1;
  var aa = `
`, ol = "	", ua = " ", F1 = 4, b1 = x1(ua, F1);
  function E1(e, t, r) {
    for (var n = -1, i = t.length, u = "", a = "", o = "", s = "", c, l, f; ++n < i; ) if (c = t.charAt(n), f) if (f = false, u += o, a += s, o = "", s = "", c === aa) o = c, s = c;
    else for (u += c, a += c; ++n < i; ) {
      if (c = t.charAt(n), !c || c === aa) {
        s = c, o = c;
        break;
      }
      u += c, a += c;
    }
    else if (c === ua && t.charAt(n + 1) === c && t.charAt(n + 2) === c && t.charAt(n + 3) === c) o += b1, n += 3, f = true;
    else if (c === ol) o += c, f = true;
    else {
      for (l = ""; c === ol || c === ua; ) l += c, c = t.charAt(++n);
      if (c !== aa) break;
      o += l + c, s += c;
    }
    if (a) return r ? true : e(u)({ type: "code", lang: null, meta: null, value: k1(a) });
  }
});
var pl = _((wT, fl) => {
  "use strict";
  fl.exports = v1;
  var Dn2 = `
`, Dr2 = "	", zt2 = " ", w1 = "~", cl = "`", C1 = 3, y1 = 4;
  function v1(e, t, r) {
    var n = this, i = n.options.gfm, u = t.length + 1, a = 0, o = "", s, c, l, f, p, m, d, k2, g, x, F, w2, T2;
    if (i) {
      for (; a < u && (l = t.charAt(a), !(l !== zt2 && l !== Dr2)); ) o += l, a++;
      if (w2 = a, l = t.charAt(a), !(l !== w1 && l !== cl)) {
        for (a++, c = l, s = 1, o += l; a < u && (l = t.charAt(a), l === c); ) o += l, s++, a++;
        if (!(s < C1)) {
          for (; a < u && (l = t.charAt(a), !(l !== zt2 && l !== Dr2)); ) o += l, a++;
          for (f = "", d = ""; a < u && (l = t.charAt(a), !(l === Dn2 || c === cl && l === c)); ) l === zt2 || l === Dr2 ? d += l : (f += d + l, d = ""), a++;
          if (l = t.charAt(a), !(l && l !== Dn2)) {
            if (r) return true;
            T2 = e.now(), T2.column += o.length, T2.offset += o.length, o += f, f = n.decode.raw(n.unescape(f), T2), d && (o += d), d = "", x = "", F = "", k2 = "", g = "";
            for (var C = true; a < u; ) {
              if (l = t.charAt(a), k2 += x, g += F, x = "", F = "", l !== Dn2) {
                k2 += l, F += l, a++;
                continue;
              }
              for (C ? (o += l, C = false) : (x += l, F += l), d = "", a++; a < u && (l = t.charAt(a), l === zt2); ) d += l, a++;
              if (x += d, F += d.slice(w2), !(d.length >= y1)) {
                for (d = ""; a < u && (l = t.charAt(a), l === c); ) d += l, a++;
                if (x += d, F += d, !(d.length < s)) {
                  for (d = ""; a < u && (l = t.charAt(a), !(l !== zt2 && l !== Dr2)); ) x += l, F += l, a++;
                  if (!l || l === Dn2) break;
                }
              }
            }
            for (o += k2 + x, a = -1, u = f.length; ++a < u; ) if (l = f.charAt(a), l === zt2 || l === Dr2) p || (p = f.slice(0, a));
            else if (p) {
              m = f.slice(a);
              break;
            }
            return e(o)({ type: "code", lang: p || f || null, meta: m || null, value: g });
          }
        }
      }
    }
  }
});
var Ct2 = _((Ut2, hl) => {
  Ut2 = hl.exports = A1;
  function A1(e) {
    return e.trim ? e.trim() : Ut2.right(Ut2.left(e));
  }
  Ut2.left = function(e) {
    return e.trimLeft ? e.trimLeft() : e.replace(/^\s\s*/, "");
  };
  Ut2.right = function(e) {
    if (e.trimRight) return e.trimRight();
    for (var t = /\s/, r = e.length; t.test(e.charAt(--r)); ) ;
    return e.slice(0, r + 1);
  };
});
var gn2 = _((CT, ml) => {
  "use strict";
  ml.exports = T1;
  function T1(e, t, r, n) {
    for (var i = e.length, u = -1, a, o; ++u < i; ) if (a = e[u], o = a[1] || {}, !(o.pedantic !== void 0 && o.pedantic !== r.options.pedantic) && !(o.commonmark !== void 0 && o.commonmark !== r.options.commonmark) && t[a[0]].apply(r, n)) return true;
    return false;
  }
});
var xl = _((yT, gl) => {
  "use strict";
  var S1 = Ct2(), L1 = gn2();
  gl.exports = I1;
  var oa = `
`, dl = "	", sa = " ", Dl = ">";
  function I1(e, t, r) {
    for (var n = this, i = n.offset, u = n.blockTokenizers, a = n.interruptBlockquote, o = e.now(), s = o.line, c = t.length, l = [], f = [], p = [], m, d = 0, k2, g, x, F, w2, T2, C, D; d < c && (k2 = t.charAt(d), !(k2 !== sa && k2 !== dl)); ) d++;
    if (t.charAt(d) === Dl) {
      if (r) return true;
      for (d = 0; d < c; ) {
        for (x = t.indexOf(oa, d), T2 = d, C = false, x === -1 && (x = c); d < c && (k2 = t.charAt(d), !(k2 !== sa && k2 !== dl)); ) d++;
        if (t.charAt(d) === Dl ? (d++, C = true, t.charAt(d) === sa && d++) : d = T2, F = t.slice(d, x), !C && !S1(F)) {
          d = T2;
          break;
        }
        if (!C && (g = t.slice(d), L1(a, u, n, [e, g, true]))) break;
        w2 = T2 === d ? F : t.slice(T2, x), p.push(d - T2), l.push(w2), f.push(F), d = x + 1;
      }
      for (d = -1, c = p.length, m = e(l.join(oa)); ++d < c; ) i[s] = (i[s] || 0) + p[d], s++;
      return D = n.enterBlock(), f = n.tokenizeBlock(f.join(oa), o), D(), m({ type: "blockquote", children: f });
    }
  }
});
var bl = _((vT, Fl) => {
  "use strict";
  Fl.exports = B1;
  var kl = `
`, gr2 = "	", xr2 = " ", kr2 = "#", q1 = 6;
  function B1(e, t, r) {
    for (var n = this, i = n.options.pedantic, u = t.length + 1, a = -1, o = e.now(), s = "", c = "", l, f, p; ++a < u; ) {
      if (l = t.charAt(a), l !== xr2 && l !== gr2) {
        a--;
        break;
      }
      s += l;
    }
    for (p = 0; ++a <= u; ) {
      if (l = t.charAt(a), l !== kr2) {
        a--;
        break;
      }
      s += l, p++;
    }
    if (!(p > q1) && !(!p || !i && t.charAt(a + 1) === kr2)) {
      for (u = t.length + 1, f = ""; ++a < u; ) {
        if (l = t.charAt(a), l !== xr2 && l !== gr2) {
          a--;
          break;
        }
        f += l;
      }
      if (!(!i && f.length === 0 && l && l !== kl)) {
        if (r) return true;
        for (s += f, f = "", c = ""; ++a < u && (l = t.charAt(a), !(!l || l === kl)); ) {
          if (l !== xr2 && l !== gr2 && l !== kr2) {
            c += f + l, f = "";
            continue;
          }
          for (; l === xr2 || l === gr2; ) f += l, l = t.charAt(++a);
          if (!i && c && !f && l === kr2) {
            c += l;
            continue;
          }
          for (; l === kr2; ) f += l, l = t.charAt(++a);
          for (; l === xr2 || l === gr2; ) f += l, l = t.charAt(++a);
          a--;
        }
        return o.column += s.length, o.offset += s.length, s += c + f, e(s)({ type: "heading", depth: p, children: n.tokenizeInline(c, o) });
      }
    }
  }
});
var Cl = _((AT, wl) => {
  "use strict";
  wl.exports = z1;
  var _1 = "	", P1 = `
`, El = " ", N1 = "*", O1 = "-", R1 = "_", M1 = 3;
  function z1(e, t, r) {
    for (var n = -1, i = t.length + 1, u = "", a, o, s, c; ++n < i && (a = t.charAt(n), !(a !== _1 && a !== El)); ) u += a;
    if (!(a !== N1 && a !== O1 && a !== R1)) for (o = a, u += a, s = 1, c = ""; ++n < i; ) if (a = t.charAt(n), a === o) s++, u += c + o, c = "";
    else if (a === El) c += a;
    else return s >= M1 && (!a || a === P1) ? (u += c, r ? true : e(u)({ type: "thematicBreak" })) : void 0;
  }
});
var la = _((TT, vl) => {
  "use strict";
  vl.exports = G1;
  var yl = "	", U1 = " ", H1 = 1, V1 = 4;
  function G1(e) {
    for (var t = 0, r = 0, n = e.charAt(t), i = {}, u, a = 0; n === yl || n === U1; ) {
      for (u = n === yl ? V1 : H1, r += u, u > 1 && (r = Math.floor(r / u) * u); a < r; ) i[++a] = t;
      n = e.charAt(++t);
    }
    return { indent: r, stops: i };
  }
});
var Sl = _((ST, Tl) => {
  "use strict";
  var j1 = Ct2(), W1 = dn2(), Y1 = la();
  Tl.exports = Q1;
  var Al = `
`, $1 = " ", K1 = "!";
  function Q1(e, t) {
    var r = e.split(Al), n = r.length + 1, i = 1 / 0, u = [], a, o, s;
    for (r.unshift(W1($1, t) + K1); n--; ) if (o = Y1(r[n]), u[n] = o.stops, j1(r[n]).length !== 0) if (o.indent) o.indent > 0 && o.indent < i && (i = o.indent);
    else {
      i = 1 / 0;
      break;
    }
    if (i !== 1 / 0) for (n = r.length; n--; ) {
      for (s = u[n], a = i; a && !(a in s); ) a--;
      r[n] = r[n].slice(s[a] + 1);
    }
    return r.shift(), r.join(Al);
  }
});
var Pl = _((LT, _l) => {
  "use strict";
  var X1 = Ct2(), J1 = dn2(), Ll = wt2(), Z1 = la(), ek = Sl(), tk = gn2();
  _l.exports = lk;
  var ca = "*", rk = "_", Il = "+", fa = "-", ql = ".", $e = " ", Ne2 = `
`, xn2 = "	", Bl = ")", nk = "x", lt2 = 4, ik = /\n\n(?!\s*$)/, ak = /^\[([ X\tx])][ \t]/, uk = /^([ \t]*)([*+-]|\d+[.)])( {1,4}(?! )| |\t|$|(?=\n))([^\n]*)/, ok = /^([ \t]*)([*+-]|\d+[.)])([ \t]+)/, sk = /^( {1,4}|\t)?/gm;
  function lk(e, t, r) {
    for (var n = this, i = n.options.commonmark, u = n.options.pedantic, a = n.blockTokenizers, o = n.interruptList, s = 0, c = t.length, l = null, f, p, m, d, k2, g, x, F, w2, T2, C, D, v2, L2, y2, E, I2, q, S2, z2 = false, N, M2, O2, W2; s < c && (d = t.charAt(s), !(d !== xn2 && d !== $e)); ) s++;
    if (d = t.charAt(s), d === ca || d === Il || d === fa) k2 = d, m = false;
    else {
      for (m = true, p = ""; s < c && (d = t.charAt(s), !!Ll(d)); ) p += d, s++;
      if (d = t.charAt(s), !p || !(d === ql || i && d === Bl) || r && p !== "1") return;
      l = parseInt(p, 10), k2 = d;
    }
    if (d = t.charAt(++s), !(d !== $e && d !== xn2 && (u || d !== Ne2 && d !== ""))) {
      if (r) return true;
      for (s = 0, L2 = [], y2 = [], E = []; s < c; ) {
        for (g = t.indexOf(Ne2, s), x = s, F = false, W2 = false, g === -1 && (g = c), f = 0; s < c; ) {
          if (d = t.charAt(s), d === xn2) f += lt2 - f % lt2;
          else if (d === $e) f++;
          else break;
          s++;
        }
        if (I2 && f >= I2.indent && (W2 = true), d = t.charAt(s), w2 = null, !W2) {
          if (d === ca || d === Il || d === fa) w2 = d, s++, f++;
          else {
            for (p = ""; s < c && (d = t.charAt(s), !!Ll(d)); ) p += d, s++;
            d = t.charAt(s), s++, p && (d === ql || i && d === Bl) && (w2 = d, f += p.length + 1);
          }
          if (w2) if (d = t.charAt(s), d === xn2) f += lt2 - f % lt2, s++;
          else if (d === $e) {
            for (O2 = s + lt2; s < O2 && t.charAt(s) === $e; ) s++, f++;
            s === O2 && t.charAt(s) === $e && (s -= lt2 - 1, f -= lt2 - 1);
          } else d !== Ne2 && d !== "" && (w2 = null);
        }
        if (w2) {
          if (!u && k2 !== w2) break;
          F = true;
        } else !i && !W2 && t.charAt(x) === $e ? W2 = true : i && I2 && (W2 = f >= I2.indent || f > lt2), F = false, s = x;
        if (C = t.slice(x, g), T2 = x === s ? C : t.slice(s, g), (w2 === ca || w2 === rk || w2 === fa) && a.thematicBreak.call(n, e, C, true)) break;
        if (D = v2, v2 = !F && !X1(T2).length, W2 && I2) I2.value = I2.value.concat(E, C), y2 = y2.concat(E, C), E = [];
        else if (F) E.length !== 0 && (z2 = true, I2.value.push(""), I2.trail = E.concat()), I2 = { value: [C], indent: f, trail: [] }, L2.push(I2), y2 = y2.concat(E, C), E = [];
        else if (v2) {
          if (D && !i) break;
          E.push(C);
        } else {
          if (D || tk(o, a, n, [e, C, true])) break;
          I2.value = I2.value.concat(E, C), y2 = y2.concat(E, C), E = [];
        }
        s = g + 1;
      }
      for (N = e(y2.join(Ne2)).reset({ type: "list", ordered: m, start: l, spread: z2, children: [] }), q = n.enterList(), S2 = n.enterBlock(), s = -1, c = L2.length; ++s < c; ) I2 = L2[s].value.join(Ne2), M2 = e.now(), e(I2)(ck(n, I2, M2), N), I2 = L2[s].trail.join(Ne2), s !== c - 1 && (I2 += Ne2), e(I2);
      return q(), S2(), N;
    }
  }
  function ck(e, t, r) {
    var n = e.offset, i = e.options.pedantic ? fk : pk, u = null, a, o;
    return t = i.apply(null, arguments), e.options.gfm && (a = t.match(ak), a && (o = a[0].length, u = a[1].toLowerCase() === nk, n[r.line] += o, t = t.slice(o))), { type: "listItem", spread: ik.test(t), checked: u, children: e.tokenizeBlock(t, r) };
  }
  function fk(e, t, r) {
    var n = e.offset, i = r.line;
    return t = t.replace(ok, u), i = r.line, t.replace(sk, u);
    function u(a) {
      return n[i] = (n[i] || 0) + a.length, i++, "";
    }
  }
  function pk(e, t, r) {
    var n = e.offset, i = r.line, u, a, o, s, c, l, f;
    for (t = t.replace(uk, p), s = t.split(Ne2), c = ek(t, Z1(u).indent).split(Ne2), c[0] = o, n[i] = (n[i] || 0) + a.length, i++, l = 0, f = s.length; ++l < f; ) n[i] = (n[i] || 0) + s[l].length - c[l].length, i++;
    return c.join(Ne2);
    function p(m, d, k2, g, x) {
      return a = d + k2 + g, o = x, Number(k2) < 10 && a.length % 2 === 1 && (k2 = $e + k2), u = d + J1($e, k2.length) + g, u + o;
    }
  }
});
var Ml = _((IT, Rl) => {
  "use strict";
  Rl.exports = xk;
  var pa = `
`, hk = "	", Nl = " ", Ol = "=", mk = "-", dk = 3, Dk = 1, gk = 2;
  function xk(e, t, r) {
    for (var n = this, i = e.now(), u = t.length, a = -1, o = "", s, c, l, f, p; ++a < u; ) {
      if (l = t.charAt(a), l !== Nl || a >= dk) {
        a--;
        break;
      }
      o += l;
    }
    for (s = "", c = ""; ++a < u; ) {
      if (l = t.charAt(a), l === pa) {
        a--;
        break;
      }
      l === Nl || l === hk ? c += l : (s += c + l, c = "");
    }
    if (i.column += o.length, i.offset += o.length, o += s + c, l = t.charAt(++a), f = t.charAt(++a), !(l !== pa || f !== Ol && f !== mk)) {
      for (o += l, c = f, p = f === Ol ? Dk : gk; ++a < u; ) {
        if (l = t.charAt(a), l !== f) {
          if (l !== pa) return;
          a--;
          break;
        }
        c += l;
      }
      return r ? true : e(o + c)({ type: "heading", depth: p, children: n.tokenizeInline(s, i) });
    }
  }
});
var ma = _((ha) => {
  "use strict";
  var kk = "[a-zA-Z_:][a-zA-Z0-9:._-]*", Fk = "[^\"'=<>`\\u0000-\\u0020]+", bk = "'[^']*'", Ek = '"[^"]*"', wk = "(?:" + Fk + "|" + bk + "|" + Ek + ")", Ck = "(?:\\s+" + kk + "(?:\\s*=\\s*" + wk + ")?)", zl = "<[A-Za-z][A-Za-z0-9\\-]*" + Ck + "*\\s*\\/?>", Ul = "<\\/[A-Za-z][A-Za-z0-9\\-]*\\s*>", yk = "<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->", vk = "<[?].*?[?]>", Ak = "<![A-Za-z]+\\s+[^>]*>", Tk = "<!\\[CDATA\\[[\\s\\S]*?\\]\\]>";
  ha.openCloseTag = new RegExp("^(?:" + zl + "|" + Ul + ")");
  ha.tag = new RegExp("^(?:" + zl + "|" + Ul + "|" + yk + "|" + vk + "|" + Ak + "|" + Tk + ")");
});
var jl = _((BT, Gl) => {
  "use strict";
  var Sk = ma().openCloseTag;
  Gl.exports = Gk;
  var Lk = "	", Ik = " ", Hl = `
`, qk = "<", Bk = /^<(script|pre|style)(?=(\s|>|$))/i, _k = /<\/(script|pre|style)>/i, Pk = /^<!--/, Nk = /-->/, Ok = /^<\?/, Rk = /\?>/, Mk = /^<![A-Za-z]/, zk = />/, Uk = /^<!\[CDATA\[/, Hk = /]]>/, Vl = /^$/, Vk = new RegExp(Sk.source + "\\s*$");
  function Gk(e, t, r) {
    for (var n = this, i = n.options.blocks.join("|"), u = new RegExp("^</?(" + i + ")(?=(\\s|/?>|$))", "i"), a = t.length, o = 0, s, c, l, f, p, m, d, k2 = [[Bk, _k, true], [Pk, Nk, true], [Ok, Rk, true], [Mk, zk, true], [Uk, Hk, true], [u, Vl, true], [Vk, Vl, false]]; o < a && (f = t.charAt(o), !(f !== Lk && f !== Ik)); ) o++;
    if (t.charAt(o) === qk) {
      for (s = t.indexOf(Hl, o + 1), s = s === -1 ? a : s, c = t.slice(o, s), l = -1, p = k2.length; ++l < p; ) if (k2[l][0].test(c)) {
        m = k2[l];
        break;
      }
      if (m) {
        if (r) return m[2];
        if (o = s, !m[1].test(c)) for (; o < a; ) {
          if (s = t.indexOf(Hl, o + 1), s = s === -1 ? a : s, c = t.slice(o + 1, s), m[1].test(c)) {
            c && (o = s);
            break;
          }
          o = s;
        }
        return d = t.slice(0, o), e(d)({ type: "html", value: d });
      }
    }
  }
});
var Oe2 = _((_T, Wl) => {
  "use strict";
  Wl.exports = Yk;
  var jk = String.fromCharCode, Wk = /\s/;
  function Yk(e) {
    return Wk.test(typeof e == "number" ? jk(e) : e.charAt(0));
  }
});
var kn2 = _((PT, Yl) => {
  "use strict";
  Yl.exports = $k;
  function $k(e) {
    return String(e).replace(/\s+/g, " ");
  }
});
var da = _((NT, $l) => {
  "use strict";
  var Kk = kn2();
  $l.exports = Qk;
  function Qk(e) {
    return Kk(e).toLowerCase();
  }
});
var tc = _((OT, ec) => {
  "use strict";
  var Xk = Oe2(), Jk = da();
  ec.exports = r0;
  var Kl = '"', Ql = "'", Zk = "\\", Ht2 = `
`, Fn2 = "	", bn2 = " ", ga = "[", Fr = "]", e0 = "(", t0 = ")", Xl = ":", Jl = "<", Zl = ">";
  function r0(e, t, r) {
    for (var n = this, i = n.options.commonmark, u = 0, a = t.length, o = "", s, c, l, f, p, m, d, k2; u < a && (f = t.charAt(u), !(f !== bn2 && f !== Fn2)); ) o += f, u++;
    if (f = t.charAt(u), f === ga) {
      for (u++, o += f, l = ""; u < a && (f = t.charAt(u), f !== Fr); ) f === Zk && (l += f, u++, f = t.charAt(u)), l += f, u++;
      if (!(!l || t.charAt(u) !== Fr || t.charAt(u + 1) !== Xl)) {
        for (m = l, o += l + Fr + Xl, u = o.length, l = ""; u < a && (f = t.charAt(u), !(f !== Fn2 && f !== bn2 && f !== Ht2)); ) o += f, u++;
        if (f = t.charAt(u), l = "", s = o, f === Jl) {
          for (u++; u < a && (f = t.charAt(u), !!Da(f)); ) l += f, u++;
          if (f = t.charAt(u), f === Da.delimiter) o += Jl + l + f, u++;
          else {
            if (i) return;
            u -= l.length + 1, l = "";
          }
        }
        if (!l) {
          for (; u < a && (f = t.charAt(u), !!n0(f)); ) l += f, u++;
          o += l;
        }
        if (l) {
          for (d = l, l = ""; u < a && (f = t.charAt(u), !(f !== Fn2 && f !== bn2 && f !== Ht2)); ) l += f, u++;
          if (f = t.charAt(u), p = null, f === Kl ? p = Kl : f === Ql ? p = Ql : f === e0 && (p = t0), !p) l = "", u = o.length;
          else if (l) {
            for (o += l + f, u = o.length, l = ""; u < a && (f = t.charAt(u), f !== p); ) {
              if (f === Ht2) {
                if (u++, f = t.charAt(u), f === Ht2 || f === p) return;
                l += Ht2;
              }
              l += f, u++;
            }
            if (f = t.charAt(u), f !== p) return;
            c = o, o += l + f, u++, k2 = l, l = "";
          } else return;
          for (; u < a && (f = t.charAt(u), !(f !== Fn2 && f !== bn2)); ) o += f, u++;
          if (f = t.charAt(u), !f || f === Ht2) return r ? true : (s = e(s).test().end, d = n.decode.raw(n.unescape(d), s, { nonTerminated: false }), k2 && (c = e(c).test().end, k2 = n.decode.raw(n.unescape(k2), c)), e(o)({ type: "definition", identifier: Jk(m), label: m, title: k2 || null, url: d }));
        }
      }
    }
  }
  function Da(e) {
    return e !== Zl && e !== ga && e !== Fr;
  }
  Da.delimiter = Zl;
  function n0(e) {
    return e !== ga && e !== Fr && !Xk(e);
  }
});
var ic = _((RT, nc) => {
  "use strict";
  var i0 = Oe2();
  nc.exports = m0;
  var a0 = "	", En2 = `
`, u0 = " ", o0 = "-", s0 = ":", l0 = "\\", xa = "|", c0 = 1, f0 = 2, rc = "left", p0 = "center", h0 = "right";
  function m0(e, t, r) {
    var n = this, i, u, a, o, s, c, l, f, p, m, d, k2, g, x, F, w2, T2, C, D, v2, L2, y2;
    if (n.options.gfm) {
      for (i = 0, w2 = 0, c = t.length + 1, l = []; i < c; ) {
        if (v2 = t.indexOf(En2, i), L2 = t.indexOf(xa, i + 1), v2 === -1 && (v2 = t.length), L2 === -1 || L2 > v2) {
          if (w2 < f0) return;
          break;
        }
        l.push(t.slice(i, v2)), w2++, i = v2 + 1;
      }
      for (o = l.join(En2), u = l.splice(1, 1)[0] || [], i = 0, c = u.length, w2--, a = false, d = []; i < c; ) {
        if (p = u.charAt(i), p === xa) {
          if (m = null, a === false) {
            if (y2 === false) return;
          } else d.push(a), a = false;
          y2 = false;
        } else if (p === o0) m = true, a = a || null;
        else if (p === s0) a === rc ? a = p0 : m && a === null ? a = h0 : a = rc;
        else if (!i0(p)) return;
        i++;
      }
      if (a !== false && d.push(a), !(d.length < c0)) {
        if (r) return true;
        for (F = -1, C = [], D = e(o).reset({ type: "table", align: d, children: C }); ++F < w2; ) {
          for (T2 = l[F], s = { type: "tableRow", children: [] }, F && e(En2), e(T2).reset(s, D), c = T2.length + 1, i = 0, f = "", k2 = "", g = true; i < c; ) {
            if (p = T2.charAt(i), p === a0 || p === u0) {
              k2 ? f += p : e(p), i++;
              continue;
            }
            p === "" || p === xa ? g ? e(p) : ((k2 || p) && !g && (o = k2, f.length > 1 && (p ? (o += f.slice(0, -1), f = f.charAt(f.length - 1)) : (o += f, f = "")), x = e.now(), e(o)({ type: "tableCell", children: n.tokenizeInline(k2, x) }, s)), e(f + p), f = "", k2 = "") : (f && (k2 += f, f = ""), k2 += p, p === l0 && i !== c - 2 && (k2 += T2.charAt(i + 1), i++)), g = false, i++;
          }
          F || e(En2 + u);
        }
        return D;
      }
    }
  }
});
var oc = _((MT, uc) => {
  "use strict";
  var d0 = Ct2(), D0 = ia(), g0 = gn2();
  uc.exports = F0;
  var x0 = "	", br2 = `
`, k0 = " ", ac = 4;
  function F0(e, t, r) {
    for (var n = this, i = n.options, u = i.commonmark, a = n.blockTokenizers, o = n.interruptParagraph, s = t.indexOf(br2), c = t.length, l, f, p, m, d; s < c; ) {
      if (s === -1) {
        s = c;
        break;
      }
      if (t.charAt(s + 1) === br2) break;
      if (u) {
        for (m = 0, l = s + 1; l < c; ) {
          if (p = t.charAt(l), p === x0) {
            m = ac;
            break;
          } else if (p === k0) m++;
          else break;
          l++;
        }
        if (m >= ac && p !== br2) {
          s = t.indexOf(br2, s + 1);
          continue;
        }
      }
      if (f = t.slice(s + 1), g0(o, a, n, [e, f, true])) break;
      if (l = s, s = t.indexOf(br2, s + 1), s !== -1 && d0(t.slice(l, s)) === "") {
        s = l;
        break;
      }
    }
    return f = t.slice(0, s), r ? true : (d = e.now(), f = D0(f), e(f)({ type: "paragraph", children: n.tokenizeInline(f, d) }));
  }
});
var lc = _((zT, sc) => {
  "use strict";
  sc.exports = b0;
  function b0(e, t) {
    return e.indexOf("\\", t);
  }
});
var hc = _((UT, pc) => {
  "use strict";
  var E0 = lc();
  pc.exports = fc;
  fc.locator = E0;
  var w0 = `
`, cc = "\\";
  function fc(e, t, r) {
    var n = this, i, u;
    if (t.charAt(0) === cc && (i = t.charAt(1), n.escape.indexOf(i) !== -1)) return r ? true : (i === w0 ? u = { type: "break" } : u = { type: "text", value: i }, e(cc + i)(u));
  }
});
var ka = _((HT, mc) => {
  "use strict";
  mc.exports = C0;
  function C0(e, t) {
    return e.indexOf("<", t);
  }
});
var kc = _((VT, xc) => {
  "use strict";
  var dc = Oe2(), y0 = dr2(), v0 = ka();
  xc.exports = wa;
  wa.locator = v0;
  wa.notInLink = true;
  var Dc = "<", Fa = ">", gc = "@", ba = "/", Ea = "mailto:", wn2 = Ea.length;
  function wa(e, t, r) {
    var n = this, i = "", u = t.length, a = 0, o = "", s = false, c = "", l, f, p, m, d;
    if (t.charAt(0) === Dc) {
      for (a++, i = Dc; a < u && (l = t.charAt(a), !(dc(l) || l === Fa || l === gc || l === ":" && t.charAt(a + 1) === ba)); ) o += l, a++;
      if (o) {
        if (c += o, o = "", l = t.charAt(a), c += l, a++, l === gc) s = true;
        else {
          if (l !== ":" || t.charAt(a + 1) !== ba) return;
          c += ba, a++;
        }
        for (; a < u && (l = t.charAt(a), !(dc(l) || l === Fa)); ) o += l, a++;
        if (l = t.charAt(a), !(!o || l !== Fa)) return r ? true : (c += o, p = c, i += c + l, f = e.now(), f.column++, f.offset++, s && (c.slice(0, wn2).toLowerCase() === Ea ? (p = p.slice(wn2), f.column += wn2, f.offset += wn2) : c = Ea + c), m = n.inlineTokenizers, n.inlineTokenizers = { text: m.text }, d = n.enterLink(), p = n.tokenizeInline(p, f), n.inlineTokenizers = m, d(), e(i)({ type: "link", title: null, url: y0(c, { nonTerminated: false }), children: p }));
      }
    }
  }
});
var bc = _((GT, Fc) => {
  "use strict";
  Fc.exports = A0;
  function A0(e, t) {
    var r = String(e), n = 0, i;
    if (typeof t != "string") throw new Error("Expected character");
    for (i = r.indexOf(t); i !== -1; ) n++, i = r.indexOf(t, i + t.length);
    return n;
  }
});
var Cc = _((jT, wc) => {
  "use strict";
  wc.exports = T0;
  var Ec = ["www.", "http://", "https://"];
  function T0(e, t) {
    var r = -1, n, i, u;
    if (!this.options.gfm) return r;
    for (i = Ec.length, n = -1; ++n < i; ) u = e.indexOf(Ec[n], t), u !== -1 && (r === -1 || u < r) && (r = u);
    return r;
  }
});
var Sc = _((WT, Tc) => {
  "use strict";
  var yc = bc(), S0 = dr2(), L0 = wt2(), Ca = Ot2(), I0 = Oe2(), q0 = Cc();
  Tc.exports = va;
  va.locator = q0;
  va.notInLink = true;
  var B0 = 33, _0 = 38, P0 = 41, N0 = 42, O0 = 44, R0 = 45, ya = 46, M0 = 58, z0 = 59, U0 = 63, H0 = 60, vc = 95, V0 = 126, G0 = "(", Ac = ")";
  function va(e, t, r) {
    var n = this, i = n.options.gfm, u = n.inlineTokenizers, a = t.length, o = -1, s = false, c, l, f, p, m, d, k2, g, x, F, w2, T2, C, D;
    if (i) {
      if (t.slice(0, 4) === "www.") s = true, p = 4;
      else if (t.slice(0, 7).toLowerCase() === "http://") p = 7;
      else if (t.slice(0, 8).toLowerCase() === "https://") p = 8;
      else return;
      for (o = p - 1, f = p, c = []; p < a; ) {
        if (k2 = t.charCodeAt(p), k2 === ya) {
          if (o === p - 1) break;
          c.push(p), o = p, p++;
          continue;
        }
        if (L0(k2) || Ca(k2) || k2 === R0 || k2 === vc) {
          p++;
          continue;
        }
        break;
      }
      if (k2 === ya && (c.pop(), p--), c[0] !== void 0 && (l = c.length < 2 ? f : c[c.length - 2] + 1, t.slice(l, p).indexOf("_") === -1)) {
        if (r) return true;
        for (g = p, m = p; p < a && (k2 = t.charCodeAt(p), !(I0(k2) || k2 === H0)); ) p++, k2 === B0 || k2 === N0 || k2 === O0 || k2 === ya || k2 === M0 || k2 === U0 || k2 === vc || k2 === V0 || (g = p);
        if (p = g, t.charCodeAt(p - 1) === P0) for (d = t.slice(m, p), x = yc(d, G0), F = yc(d, Ac); F > x; ) p = m + d.lastIndexOf(Ac), d = t.slice(m, p), F--;
        if (t.charCodeAt(p - 1) === z0 && (p--, Ca(t.charCodeAt(p - 1)))) {
          for (g = p - 2; Ca(t.charCodeAt(g)); ) g--;
          t.charCodeAt(g) === _0 && (p = g);
        }
        return w2 = t.slice(0, p), C = S0(w2, { nonTerminated: false }), s && (C = "http://" + C), D = n.enterLink(), n.inlineTokenizers = { text: u.text }, T2 = n.tokenizeInline(w2, e.now()), n.inlineTokenizers = u, D(), e(w2)({ type: "link", title: null, url: C, children: T2 });
      }
    }
  }
});
var Bc = _((YT, qc) => {
  "use strict";
  var j0 = wt2(), W0 = Ot2(), Y0 = 43, $0 = 45, K0 = 46, Q0 = 95;
  qc.exports = Ic;
  function Ic(e, t) {
    var r = this, n, i;
    if (!this.options.gfm || (n = e.indexOf("@", t), n === -1)) return -1;
    if (i = n, i === t || !Lc(e.charCodeAt(i - 1))) return Ic.call(r, e, n + 1);
    for (; i > t && Lc(e.charCodeAt(i - 1)); ) i--;
    return i;
  }
  function Lc(e) {
    return j0(e) || W0(e) || e === Y0 || e === $0 || e === K0 || e === Q0;
  }
});
var Oc = _(($T, Nc) => {
  "use strict";
  var X0 = dr2(), _c = wt2(), Pc = Ot2(), J0 = Bc();
  Nc.exports = Sa;
  Sa.locator = J0;
  Sa.notInLink = true;
  var Z0 = 43, Aa = 45, Cn2 = 46, eF = 64, Ta = 95;
  function Sa(e, t, r) {
    var n = this, i = n.options.gfm, u = n.inlineTokenizers, a = 0, o = t.length, s = -1, c, l, f, p;
    if (i) {
      for (c = t.charCodeAt(a); _c(c) || Pc(c) || c === Z0 || c === Aa || c === Cn2 || c === Ta; ) c = t.charCodeAt(++a);
      if (a !== 0 && c === eF) {
        for (a++; a < o; ) {
          if (c = t.charCodeAt(a), _c(c) || Pc(c) || c === Aa || c === Cn2 || c === Ta) {
            a++, s === -1 && c === Cn2 && (s = a);
            continue;
          }
          break;
        }
        if (!(s === -1 || s === a || c === Aa || c === Ta)) return c === Cn2 && a--, l = t.slice(0, a), r ? true : (p = n.enterLink(), n.inlineTokenizers = { text: u.text }, f = n.tokenizeInline(l, e.now()), n.inlineTokenizers = u, p(), e(l)({ type: "link", title: null, url: "mailto:" + X0(l, { nonTerminated: false }), children: f }));
      }
    }
  }
});
var zc = _((KT, Mc) => {
  "use strict";
  var tF = Ot2(), rF = ka(), nF = ma().tag;
  Mc.exports = Rc;
  Rc.locator = rF;
  var iF = "<", aF = "?", uF = "!", oF = "/", sF = /^<a /i, lF = /^<\/a>/i;
  function Rc(e, t, r) {
    var n = this, i = t.length, u, a;
    if (!(t.charAt(0) !== iF || i < 3) && (u = t.charAt(1), !(!tF(u) && u !== aF && u !== uF && u !== oF) && (a = t.match(nF), !!a))) return r ? true : (a = a[0], !n.inLink && sF.test(a) ? n.inLink = true : n.inLink && lF.test(a) && (n.inLink = false), e(a)({ type: "html", value: a }));
  }
});
var La = _((QT, Uc) => {
  "use strict";
  Uc.exports = cF;
  function cF(e, t) {
    var r = e.indexOf("[", t), n = e.indexOf("![", t);
    return n === -1 || r < n ? r : n;
  }
});
var $c = _((XT, Yc) => {
  "use strict";
  var Er2 = Oe2(), fF = La();
  Yc.exports = Wc;
  Wc.locator = fF;
  var pF = `
`, hF = "!", Hc = '"', Vc = "'", Vt2 = "(", wr2 = ")", Ia = "<", qa = ">", Gc = "[", Cr2 = "\\", mF = "]", jc = "`";
  function Wc(e, t, r) {
    var n = this, i = "", u = 0, a = t.charAt(0), o = n.options.pedantic, s = n.options.commonmark, c = n.options.gfm, l, f, p, m, d, k2, g, x, F, w2, T2, C, D, v2, L2, y2, E, I2;
    if (a === hF && (x = true, i = a, a = t.charAt(++u)), a === Gc && !(!x && n.inLink)) {
      for (i += a, v2 = "", u++, T2 = t.length, y2 = e.now(), D = 0, y2.column += u, y2.offset += u; u < T2; ) {
        if (a = t.charAt(u), k2 = a, a === jc) {
          for (f = 1; t.charAt(u + 1) === jc; ) k2 += a, u++, f++;
          p ? f >= p && (p = 0) : p = f;
        } else if (a === Cr2) u++, k2 += t.charAt(u);
        else if ((!p || c) && a === Gc) D++;
        else if ((!p || c) && a === mF) if (D) D--;
        else {
          if (t.charAt(u + 1) !== Vt2) return;
          k2 += Vt2, l = true, u++;
          break;
        }
        v2 += k2, k2 = "", u++;
      }
      if (l) {
        for (F = v2, i += v2 + k2, u++; u < T2 && (a = t.charAt(u), !!Er2(a)); ) i += a, u++;
        if (a = t.charAt(u), v2 = "", m = i, a === Ia) {
          for (u++, m += Ia; u < T2 && (a = t.charAt(u), a !== qa); ) {
            if (s && a === pF) return;
            v2 += a, u++;
          }
          if (t.charAt(u) !== qa) return;
          i += Ia + v2 + qa, L2 = v2, u++;
        } else {
          for (a = null, k2 = ""; u < T2 && (a = t.charAt(u), !(k2 && (a === Hc || a === Vc || s && a === Vt2))); ) {
            if (Er2(a)) {
              if (!o) break;
              k2 += a;
            } else {
              if (a === Vt2) D++;
              else if (a === wr2) {
                if (D === 0) break;
                D--;
              }
              v2 += k2, k2 = "", a === Cr2 && (v2 += Cr2, a = t.charAt(++u)), v2 += a;
            }
            u++;
          }
          i += v2, L2 = v2, u = i.length;
        }
        for (v2 = ""; u < T2 && (a = t.charAt(u), !!Er2(a)); ) v2 += a, u++;
        if (a = t.charAt(u), i += v2, v2 && (a === Hc || a === Vc || s && a === Vt2)) if (u++, i += a, v2 = "", w2 = a === Vt2 ? wr2 : a, d = i, s) {
          for (; u < T2 && (a = t.charAt(u), a !== w2); ) a === Cr2 && (v2 += Cr2, a = t.charAt(++u)), u++, v2 += a;
          if (a = t.charAt(u), a !== w2) return;
          for (C = v2, i += v2 + a, u++; u < T2 && (a = t.charAt(u), !!Er2(a)); ) i += a, u++;
        } else for (k2 = ""; u < T2; ) {
          if (a = t.charAt(u), a === w2) g && (v2 += w2 + k2, k2 = ""), g = true;
          else if (!g) v2 += a;
          else if (a === wr2) {
            i += v2 + w2 + k2, C = v2;
            break;
          } else Er2(a) ? k2 += a : (v2 += w2 + k2 + a, k2 = "", g = false);
          u++;
        }
        if (t.charAt(u) === wr2) return r ? true : (i += wr2, L2 = n.decode.raw(n.unescape(L2), e(m).test().end, { nonTerminated: false }), C && (d = e(d).test().end, C = n.decode.raw(n.unescape(C), d)), I2 = { type: x ? "image" : "link", title: C || null, url: L2 }, x ? I2.alt = n.decode.raw(n.unescape(F), y2) || null : (E = n.enterLink(), I2.children = n.tokenizeInline(F, y2), E()), e(i)(I2));
      }
    }
  }
});
var Xc = _((JT, Qc) => {
  "use strict";
  var dF = Oe2(), DF = La(), gF = da();
  Qc.exports = Kc;
  Kc.locator = DF;
  var Ba = "link", xF = "image", kF = "shortcut", FF = "collapsed", _a = "full", bF = "!", yn2 = "[", vn2 = "\\", An2 = "]";
  function Kc(e, t, r) {
    var n = this, i = n.options.commonmark, u = t.charAt(0), a = 0, o = t.length, s = "", c = "", l = Ba, f = kF, p, m, d, k2, g, x, F, w2;
    if (u === bF && (l = xF, c = u, u = t.charAt(++a)), u === yn2) {
      for (a++, c += u, x = "", w2 = 0; a < o; ) {
        if (u = t.charAt(a), u === yn2) F = true, w2++;
        else if (u === An2) {
          if (!w2) break;
          w2--;
        }
        u === vn2 && (x += vn2, u = t.charAt(++a)), x += u, a++;
      }
      if (s = x, p = x, u = t.charAt(a), u === An2) {
        if (a++, s += u, x = "", !i) for (; a < o && (u = t.charAt(a), !!dF(u)); ) x += u, a++;
        if (u = t.charAt(a), u === yn2) {
          for (m = "", x += u, a++; a < o && (u = t.charAt(a), !(u === yn2 || u === An2)); ) u === vn2 && (m += vn2, u = t.charAt(++a)), m += u, a++;
          u = t.charAt(a), u === An2 ? (f = m ? _a : FF, x += m + u, a++) : m = "", s += x, x = "";
        } else {
          if (!p) return;
          m = p;
        }
        if (!(f !== _a && F)) return s = c + s, l === Ba && n.inLink ? null : r ? true : (d = e.now(), d.column += c.length, d.offset += c.length, m = f === _a ? m : p, k2 = { type: l + "Reference", identifier: gF(m), label: m, referenceType: f }, l === Ba ? (g = n.enterLink(), k2.children = n.tokenizeInline(p, d), g()) : k2.alt = n.decode.raw(n.unescape(p), d) || null, e(s)(k2));
      }
    }
  }
});
var Zc = _((ZT, Jc) => {
  "use strict";
  Jc.exports = EF;
  function EF(e, t) {
    var r = e.indexOf("**", t), n = e.indexOf("__", t);
    return n === -1 ? r : r === -1 || n < r ? n : r;
  }
});
var nf = _((e3, rf) => {
  "use strict";
  var wF = Ct2(), ef = Oe2(), CF = Zc();
  rf.exports = tf;
  tf.locator = CF;
  var yF = "\\", vF = "*", AF = "_";
  function tf(e, t, r) {
    var n = this, i = 0, u = t.charAt(i), a, o, s, c, l, f, p;
    if (!(u !== vF && u !== AF || t.charAt(++i) !== u) && (o = n.options.pedantic, s = u, l = s + s, f = t.length, i++, c = "", u = "", !(o && ef(t.charAt(i))))) for (; i < f; ) {
      if (p = u, u = t.charAt(i), u === s && t.charAt(i + 1) === s && (!o || !ef(p)) && (u = t.charAt(i + 2), u !== s)) return wF(c) ? r ? true : (a = e.now(), a.column += 2, a.offset += 2, e(l + c + l)({ type: "strong", children: n.tokenizeInline(c, a) })) : void 0;
      !o && u === yF && (c += u, u = t.charAt(++i)), c += u, i++;
    }
  }
});
var uf = _((t3, af) => {
  "use strict";
  af.exports = LF;
  var TF = String.fromCharCode, SF = /\w/;
  function LF(e) {
    return SF.test(typeof e == "number" ? TF(e) : e.charAt(0));
  }
});
var sf = _((r3, of) => {
  "use strict";
  of.exports = IF;
  function IF(e, t) {
    var r = e.indexOf("*", t), n = e.indexOf("_", t);
    return n === -1 ? r : r === -1 || n < r ? n : r;
  }
});
var hf2 = _((n3, pf) => {
  "use strict";
  var qF = Ct2(), BF = uf(), lf = Oe2(), _F = sf();
  pf.exports = ff;
  ff.locator = _F;
  var PF = "*", cf = "_", NF = "\\";
  function ff(e, t, r) {
    var n = this, i = 0, u = t.charAt(i), a, o, s, c, l, f, p;
    if (!(u !== PF && u !== cf) && (o = n.options.pedantic, l = u, s = u, f = t.length, i++, c = "", u = "", !(o && lf(t.charAt(i))))) for (; i < f; ) {
      if (p = u, u = t.charAt(i), u === s && (!o || !lf(p))) {
        if (u = t.charAt(++i), u !== s) {
          if (!qF(c) || p === s) return;
          if (!o && s === cf && BF(u)) {
            c += s;
            continue;
          }
          return r ? true : (a = e.now(), a.column++, a.offset++, e(l + c + s)({ type: "emphasis", children: n.tokenizeInline(c, a) }));
        }
        c += s;
      }
      !o && u === NF && (c += u, u = t.charAt(++i)), c += u, i++;
    }
  }
});
var df = _((i3, mf) => {
  "use strict";
  mf.exports = OF;
  function OF(e, t) {
    return e.indexOf("~~", t);
  }
});
var Ff = _((a3, kf2) => {
  "use strict";
  var Df = Oe2(), RF = df();
  kf2.exports = xf2;
  xf2.locator = RF;
  var Tn2 = "~", gf2 = "~~";
  function xf2(e, t, r) {
    var n = this, i = "", u = "", a = "", o = "", s, c, l;
    if (!(!n.options.gfm || t.charAt(0) !== Tn2 || t.charAt(1) !== Tn2 || Df(t.charAt(2)))) for (s = 1, c = t.length, l = e.now(), l.column += 2, l.offset += 2; ++s < c; ) {
      if (i = t.charAt(s), i === Tn2 && u === Tn2 && (!a || !Df(a))) return r ? true : e(gf2 + o + gf2)({ type: "delete", children: n.tokenizeInline(o, l) });
      o += u, a = u, u = i;
    }
  }
});
var Ef = _((u3, bf2) => {
  "use strict";
  bf2.exports = MF;
  function MF(e, t) {
    return e.indexOf("`", t);
  }
});
var yf2 = _((o3, Cf) => {
  "use strict";
  var zF = Ef();
  Cf.exports = wf2;
  wf2.locator = zF;
  var Pa = 10, Na = 32, Oa = 96;
  function wf2(e, t, r) {
    for (var n = t.length, i = 0, u, a, o, s, c, l; i < n && t.charCodeAt(i) === Oa; ) i++;
    if (!(i === 0 || i === n)) {
      for (u = i, c = t.charCodeAt(i); i < n; ) {
        if (s = c, c = t.charCodeAt(i + 1), s === Oa) {
          if (a === void 0 && (a = i), o = i + 1, c !== Oa && o - a === u) {
            l = true;
            break;
          }
        } else a !== void 0 && (a = void 0, o = void 0);
        i++;
      }
      if (l) {
        if (r) return true;
        if (i = u, n = a, s = t.charCodeAt(i), c = t.charCodeAt(n - 1), l = false, n - i > 2 && (s === Na || s === Pa) && (c === Na || c === Pa)) {
          for (i++, n--; i < n; ) {
            if (s = t.charCodeAt(i), s !== Na && s !== Pa) {
              l = true;
              break;
            }
            i++;
          }
          l === true && (u++, a--);
        }
        return e(t.slice(0, o))({ type: "inlineCode", value: t.slice(u, a) });
      }
    }
  }
});
var Af2 = _((s3, vf2) => {
  "use strict";
  vf2.exports = UF;
  function UF(e, t) {
    for (var r = e.indexOf(`
`, t); r > t && e.charAt(r - 1) === " "; ) r--;
    return r;
  }
});
var Lf2 = _((l3, Sf2) => {
  "use strict";
  var HF = Af2();
  Sf2.exports = Tf2;
  Tf2.locator = HF;
  var VF = " ", GF = `
`, jF = 2;
  function Tf2(e, t, r) {
    for (var n = t.length, i = -1, u = "", a; ++i < n; ) {
      if (a = t.charAt(i), a === GF) return i < jF ? void 0 : r ? true : (u += a, e(u)({ type: "break" }));
      if (a !== VF) return;
      u += a;
    }
  }
});
var qf2 = _((c3, If2) => {
  "use strict";
  If2.exports = WF;
  function WF(e, t, r) {
    var n = this, i, u, a, o, s, c, l, f, p, m;
    if (r) return true;
    for (i = n.inlineMethods, o = i.length, u = n.inlineTokenizers, a = -1, p = t.length; ++a < o; ) f = i[a], !(f === "text" || !u[f]) && (l = u[f].locator, l || e.file.fail("Missing locator: `" + f + "`"), c = l.call(n, t, 1), c !== -1 && c < p && (p = c));
    s = t.slice(0, p), m = e.now(), n.decode(s, m, d);
    function d(k2, g, x) {
      e(x || k2)({ type: "text", value: k2 });
    }
  }
});
var Nf2 = _((f3, Pf2) => {
  "use strict";
  var YF = Et2(), Sn2 = Xo2(), $F = Zo2(), KF = ts(), QF = Ss(), Ra = qs();
  Pf2.exports = Bf2;
  function Bf2(e, t) {
    this.file = t, this.offset = {}, this.options = YF(this.options), this.setOptions({}), this.inList = false, this.inBlock = false, this.inLink = false, this.atStart = true, this.toOffset = $F(t).toOffset, this.unescape = KF(this, "escape"), this.decode = QF(this);
  }
  var ue2 = Bf2.prototype;
  ue2.setOptions = zs();
  ue2.parse = rl();
  ue2.options = ta();
  ue2.exitStart = Sn2("atStart", true);
  ue2.enterList = Sn2("inList", false);
  ue2.enterLink = Sn2("inLink", false);
  ue2.enterBlock = Sn2("inBlock", false);
  ue2.interruptParagraph = [["thematicBreak"], ["list"], ["atxHeading"], ["fencedCode"], ["blockquote"], ["html"], ["setextHeading", { commonmark: false }], ["definition", { commonmark: false }]];
  ue2.interruptList = [["atxHeading", { pedantic: false }], ["fencedCode", { pedantic: false }], ["thematicBreak", { pedantic: false }], ["definition", { commonmark: false }]];
  ue2.interruptBlockquote = [["indentedCode", { commonmark: true }], ["fencedCode", { commonmark: true }], ["atxHeading", { commonmark: true }], ["setextHeading", { commonmark: true }], ["thematicBreak", { commonmark: true }], ["html", { commonmark: true }], ["list", { commonmark: true }], ["definition", { commonmark: false }]];
  ue2.blockTokenizers = { blankLine: il(), indentedCode: ll(), fencedCode: pl(), blockquote: xl(), atxHeading: bl(), thematicBreak: Cl(), list: Pl(), setextHeading: Ml(), html: jl(), definition: tc(), table: ic(), paragraph: oc() };
  ue2.inlineTokenizers = { escape: hc(), autoLink: kc(), url: Sc(), email: Oc(), html: zc(), link: $c(), reference: Xc(), strong: nf(), emphasis: hf2(), deletion: Ff(), code: yf2(), break: Lf2(), text: qf2() };
  ue2.blockMethods = _f2(ue2.blockTokenizers);
  ue2.inlineMethods = _f2(ue2.inlineTokenizers);
  ue2.tokenizeBlock = Ra("block");
  ue2.tokenizeInline = Ra("inline");
  ue2.tokenizeFactory = Ra;
  function _f2(e) {
    var t = [], r;
    for (r in e) t.push(r);
    return t;
  }
});
var zf2 = _((p3, Mf2) => {
  "use strict";
  var XF = Ko2(), JF = Et2(), Of2 = Nf2();
  Mf2.exports = Rf2;
  Rf2.Parser = Of2;
  function Rf2(e) {
    var t = this.data("settings"), r = XF(Of2);
    r.prototype.options = JF(r.prototype.options, t, e), this.Parser = r;
  }
});
var Hf2 = _((h3, Uf2) => {
  "use strict";
  Uf2.exports = ZF;
  function ZF(e) {
    if (e) throw e;
  }
});
var Ma = _((m3, Vf2) => {
  Vf2.exports = function(t) {
    return t != null && t.constructor != null && typeof t.constructor.isBuffer == "function" && t.constructor.isBuffer(t);
  };
});
var Jf2 = _((d3, Xf2) => {
  "use strict";
  var Ln2 = Object.prototype.hasOwnProperty, Qf2 = Object.prototype.toString, Gf2 = Object.defineProperty, jf2 = Object.getOwnPropertyDescriptor, Wf2 = function(t) {
    return typeof Array.isArray == "function" ? Array.isArray(t) : Qf2.call(t) === "[object Array]";
  }, Yf2 = function(t) {
    if (!t || Qf2.call(t) !== "[object Object]") return false;
    var r = Ln2.call(t, "constructor"), n = t.constructor && t.constructor.prototype && Ln2.call(t.constructor.prototype, "isPrototypeOf");
    if (t.constructor && !r && !n) return false;
    var i;
    for (i in t) ;
    return typeof i > "u" || Ln2.call(t, i);
  }, $f2 = function(t, r) {
    Gf2 && r.name === "__proto__" ? Gf2(t, r.name, { enumerable: true, configurable: true, value: r.newValue, writable: true }) : t[r.name] = r.newValue;
  }, Kf2 = function(t, r) {
    if (r === "__proto__") if (Ln2.call(t, r)) {
      if (jf2) return jf2(t, r).value;
    } else return;
    return t[r];
  };
  Xf2.exports = function e() {
    var t, r, n, i, u, a, o = arguments[0], s = 1, c = arguments.length, l = false;
    for (typeof o == "boolean" && (l = o, o = arguments[1] || {}, s = 2), (o == null || typeof o != "object" && typeof o != "function") && (o = {}); s < c; ++s) if (t = arguments[s], t != null) for (r in t) n = Kf2(o, r), i = Kf2(t, r), o !== i && (l && i && (Yf2(i) || (u = Wf2(i))) ? (u ? (u = false, a = n && Wf2(n) ? n : []) : a = n && Yf2(n) ? n : {}, $f2(o, { name: r, newValue: e(l, a, i) })) : typeof i < "u" && $f2(o, { name: r, newValue: i }));
    return o;
  };
});
var ep2 = _((D3, Zf2) => {
  "use strict";
  Zf2.exports = (e) => {
    if (Object.prototype.toString.call(e) !== "[object Object]") return false;
    let t = Object.getPrototypeOf(e);
    return t === null || t === Object.prototype;
  };
});
var rp2 = _((g3, tp2) => {
  "use strict";
  var eb = [].slice;
  tp2.exports = tb;
  function tb(e, t) {
    var r;
    return n;
    function n() {
      var a = eb.call(arguments, 0), o = e.length > a.length, s;
      o && a.push(i);
      try {
        s = e.apply(null, a);
      } catch (c) {
        if (o && r) throw c;
        return i(c);
      }
      o || (s && typeof s.then == "function" ? s.then(u, i) : s instanceof Error ? i(s) : u(s));
    }
    function i() {
      r || (r = true, t.apply(null, arguments));
    }
    function u(a) {
      i(null, a);
    }
  }
});
var op = _((x3, up) => {
  "use strict";
  var ip = rp2();
  up.exports = ap;
  ap.wrap = ip;
  var np = [].slice;
  function ap() {
    var e = [], t = {};
    return t.run = r, t.use = n, t;
    function r() {
      var i = -1, u = np.call(arguments, 0, -1), a = arguments[arguments.length - 1];
      if (typeof a != "function") throw new Error("Expected function as last argument, not " + a);
      o.apply(null, [null].concat(u));
      function o(s) {
        var c = e[++i], l = np.call(arguments, 0), f = l.slice(1), p = u.length, m = -1;
        if (s) {
          a(s);
          return;
        }
        for (; ++m < p; ) (f[m] === null || f[m] === void 0) && (f[m] = u[m]);
        u = f, c ? ip(c, o).apply(null, u) : a.apply(null, [null].concat(u));
      }
    }
    function n(i) {
      if (typeof i != "function") throw new Error("Expected `fn` to be a function, not " + i);
      return e.push(i), t;
    }
  }
});
var fp = _((k3, cp) => {
  "use strict";
  var Gt2 = {}.hasOwnProperty;
  cp.exports = rb;
  function rb(e) {
    return !e || typeof e != "object" ? "" : Gt2.call(e, "position") || Gt2.call(e, "type") ? sp(e.position) : Gt2.call(e, "start") || Gt2.call(e, "end") ? sp(e) : Gt2.call(e, "line") || Gt2.call(e, "column") ? za(e) : "";
  }
  function za(e) {
    return (!e || typeof e != "object") && (e = {}), lp(e.line) + ":" + lp(e.column);
  }
  function sp(e) {
    return (!e || typeof e != "object") && (e = {}), za(e.start) + "-" + za(e.end);
  }
  function lp(e) {
    return e && typeof e == "number" ? e : 1;
  }
});
var mp = _((F3, hp) => {
  "use strict";
  var nb = fp();
  hp.exports = Ua;
  function pp() {
  }
  pp.prototype = Error.prototype;
  Ua.prototype = new pp();
  var ct2 = Ua.prototype;
  ct2.file = "";
  ct2.name = "";
  ct2.reason = "";
  ct2.message = "";
  ct2.stack = "";
  ct2.fatal = null;
  ct2.column = null;
  ct2.line = null;
  function Ua(e, t, r) {
    var n, i, u;
    typeof t == "string" && (r = t, t = null), n = ib(r), i = nb(t) || "1:1", u = { start: { line: null, column: null }, end: { line: null, column: null } }, t && t.position && (t = t.position), t && (t.start ? (u = t, t = t.start) : u.start = t), e.stack && (this.stack = e.stack, e = e.message), this.message = e, this.name = i, this.reason = e, this.line = t ? t.line : null, this.column = t ? t.column : null, this.location = u, this.source = n[0], this.ruleId = n[1];
  }
  function ib(e) {
    var t = [null, null], r;
    return typeof e == "string" && (r = e.indexOf(":"), r === -1 ? t[1] = e : (t[0] = e.slice(0, r), t[1] = e.slice(r + 1))), t;
  }
});
var dp = _((jt2) => {
  "use strict";
  jt2.basename = ab;
  jt2.dirname = ub;
  jt2.extname = ob;
  jt2.join = sb;
  jt2.sep = "/";
  function ab(e, t) {
    var r = 0, n = -1, i, u, a, o;
    if (t !== void 0 && typeof t != "string") throw new TypeError('"ext" argument must be a string');
    if (yr2(e), i = e.length, t === void 0 || !t.length || t.length > e.length) {
      for (; i--; ) if (e.charCodeAt(i) === 47) {
        if (a) {
          r = i + 1;
          break;
        }
      } else n < 0 && (a = true, n = i + 1);
      return n < 0 ? "" : e.slice(r, n);
    }
    if (t === e) return "";
    for (u = -1, o = t.length - 1; i--; ) if (e.charCodeAt(i) === 47) {
      if (a) {
        r = i + 1;
        break;
      }
    } else u < 0 && (a = true, u = i + 1), o > -1 && (e.charCodeAt(i) === t.charCodeAt(o--) ? o < 0 && (n = i) : (o = -1, n = u));
    return r === n ? n = u : n < 0 && (n = e.length), e.slice(r, n);
  }
  function ub(e) {
    var t, r, n;
    if (yr2(e), !e.length) return ".";
    for (t = -1, n = e.length; --n; ) if (e.charCodeAt(n) === 47) {
      if (r) {
        t = n;
        break;
      }
    } else r || (r = true);
    return t < 0 ? e.charCodeAt(0) === 47 ? "/" : "." : t === 1 && e.charCodeAt(0) === 47 ? "//" : e.slice(0, t);
  }
  function ob(e) {
    var t = -1, r = 0, n = -1, i = 0, u, a, o;
    for (yr2(e), o = e.length; o--; ) {
      if (a = e.charCodeAt(o), a === 47) {
        if (u) {
          r = o + 1;
          break;
        }
        continue;
      }
      n < 0 && (u = true, n = o + 1), a === 46 ? t < 0 ? t = o : i !== 1 && (i = 1) : t > -1 && (i = -1);
    }
    return t < 0 || n < 0 || i === 0 || i === 1 && t === n - 1 && t === r + 1 ? "" : e.slice(t, n);
  }
  function sb() {
    for (var e = -1, t; ++e < arguments.length; ) yr2(arguments[e]), arguments[e] && (t = t === void 0 ? arguments[e] : t + "/" + arguments[e]);
    return t === void 0 ? "." : lb(t);
  }
  function lb(e) {
    var t, r;
    return yr2(e), t = e.charCodeAt(0) === 47, r = cb(e, !t), !r.length && !t && (r = "."), r.length && e.charCodeAt(e.length - 1) === 47 && (r += "/"), t ? "/" + r : r;
  }
  function cb(e, t) {
    for (var r = "", n = 0, i = -1, u = 0, a = -1, o, s; ++a <= e.length; ) {
      if (a < e.length) o = e.charCodeAt(a);
      else {
        if (o === 47) break;
        o = 47;
      }
      if (o === 47) {
        if (!(i === a - 1 || u === 1)) if (i !== a - 1 && u === 2) {
          if (r.length < 2 || n !== 2 || r.charCodeAt(r.length - 1) !== 46 || r.charCodeAt(r.length - 2) !== 46) {
            if (r.length > 2) {
              if (s = r.lastIndexOf("/"), s !== r.length - 1) {
                s < 0 ? (r = "", n = 0) : (r = r.slice(0, s), n = r.length - 1 - r.lastIndexOf("/")), i = a, u = 0;
                continue;
              }
            } else if (r.length) {
              r = "", n = 0, i = a, u = 0;
              continue;
            }
          }
          t && (r = r.length ? r + "/.." : "..", n = 2);
        } else r.length ? r += "/" + e.slice(i + 1, a) : r = e.slice(i + 1, a), n = a - i - 1;
        i = a, u = 0;
      } else o === 46 && u > -1 ? u++ : u = -1;
    }
    return r;
  }
  function yr2(e) {
    if (typeof e != "string") throw new TypeError("Path must be a string. Received " + JSON.stringify(e));
  }
});
var gp = _((Dp) => {
  "use strict";
  Dp.cwd = fb;
  function fb() {
    return "/";
  }
});
var Fp = _((w3, kp) => {
  "use strict";
  var Re2 = dp(), pb = gp(), hb = Ma();
  kp.exports = Ke2;
  var mb = {}.hasOwnProperty, Ha = ["history", "path", "basename", "stem", "extname", "dirname"];
  Ke2.prototype.toString = yb;
  Object.defineProperty(Ke2.prototype, "path", { get: db, set: Db });
  Object.defineProperty(Ke2.prototype, "dirname", { get: gb, set: xb });
  Object.defineProperty(Ke2.prototype, "basename", { get: kb, set: Fb });
  Object.defineProperty(Ke2.prototype, "extname", { get: bb, set: Eb });
  Object.defineProperty(Ke2.prototype, "stem", { get: wb, set: Cb });
  function Ke2(e) {
    var t, r;
    if (!e) e = {};
    else if (typeof e == "string" || hb(e)) e = { contents: e };
    else if ("message" in e && "messages" in e) return e;
    if (!(this instanceof Ke2)) return new Ke2(e);
    for (this.data = {}, this.messages = [], this.history = [], this.cwd = pb.cwd(), r = -1; ++r < Ha.length; ) t = Ha[r], mb.call(e, t) && (this[t] = e[t]);
    for (t in e) Ha.indexOf(t) < 0 && (this[t] = e[t]);
  }
  function db() {
    return this.history[this.history.length - 1];
  }
  function Db(e) {
    Ga(e, "path"), this.path !== e && this.history.push(e);
  }
  function gb() {
    return typeof this.path == "string" ? Re2.dirname(this.path) : void 0;
  }
  function xb(e) {
    xp(this.path, "dirname"), this.path = Re2.join(e || "", this.basename);
  }
  function kb() {
    return typeof this.path == "string" ? Re2.basename(this.path) : void 0;
  }
  function Fb(e) {
    Ga(e, "basename"), Va(e, "basename"), this.path = Re2.join(this.dirname || "", e);
  }
  function bb() {
    return typeof this.path == "string" ? Re2.extname(this.path) : void 0;
  }
  function Eb(e) {
    if (Va(e, "extname"), xp(this.path, "extname"), e) {
      if (e.charCodeAt(0) !== 46) throw new Error("`extname` must start with `.`");
      if (e.indexOf(".", 1) > -1) throw new Error("`extname` cannot contain multiple dots");
    }
    this.path = Re2.join(this.dirname, this.stem + (e || ""));
  }
  function wb() {
    return typeof this.path == "string" ? Re2.basename(this.path, this.extname) : void 0;
  }
  function Cb(e) {
    Ga(e, "stem"), Va(e, "stem"), this.path = Re2.join(this.dirname || "", e + (this.extname || ""));
  }
  function yb(e) {
    return (this.contents || "").toString(e);
  }
  function Va(e, t) {
    if (e && e.indexOf(Re2.sep) > -1) throw new Error("`" + t + "` cannot be a path: did not expect `" + Re2.sep + "`");
  }
  function Ga(e, t) {
    if (!e) throw new Error("`" + t + "` cannot be empty");
  }
  function xp(e, t) {
    if (!e) throw new Error("Setting `" + t + "` requires `path` to be set too");
  }
});
var Ep = _((C3, bp) => {
  "use strict";
  var vb = mp(), In2 = Fp();
  bp.exports = In2;
  In2.prototype.message = Ab;
  In2.prototype.info = Sb;
  In2.prototype.fail = Tb;
  function Ab(e, t, r) {
    var n = new vb(e, t, r);
    return this.path && (n.name = this.path + ":" + n.name, n.file = this.path), n.fatal = false, this.messages.push(n), n;
  }
  function Tb() {
    var e = this.message.apply(this, arguments);
    throw e.fatal = true, e;
  }
  function Sb() {
    var e = this.message.apply(this, arguments);
    return e.fatal = null, e;
  }
});
var Cp = _((y3, wp) => {
  "use strict";
  wp.exports = Ep();
});
var Bp = _((v3, qp) => {
  "use strict";
  var yp = Hf2(), Lb = Ma(), qn2 = Jf2(), vp = ep2(), Lp = op(), vr2 = Cp();
  qp.exports = Ip().freeze();
  var Ib = [].slice, qb = {}.hasOwnProperty, Bb = Lp().use(_b).use(Pb).use(Nb);
  function _b(e, t) {
    t.tree = e.parse(t.file);
  }
  function Pb(e, t, r) {
    e.run(t.tree, t.file, n);
    function n(i, u, a) {
      i ? r(i) : (t.tree = u, t.file = a, r());
    }
  }
  function Nb(e, t) {
    var r = e.stringify(t.tree, t.file);
    r == null || (typeof r == "string" || Lb(r) ? ("value" in t.file && (t.file.value = r), t.file.contents = r) : t.file.result = r);
  }
  function Ip() {
    var e = [], t = Lp(), r = {}, n = -1, i;
    return u.data = o, u.freeze = a, u.attachers = e, u.use = s, u.parse = l, u.stringify = m, u.run = f, u.runSync = p, u.process = d, u.processSync = k2, u;
    function u() {
      for (var g = Ip(), x = -1; ++x < e.length; ) g.use.apply(null, e[x]);
      return g.data(qn2(true, {}, r)), g;
    }
    function a() {
      var g, x;
      if (i) return u;
      for (; ++n < e.length; ) g = e[n], g[1] !== false && (g[1] === true && (g[1] = void 0), x = g[0].apply(u, g.slice(1)), typeof x == "function" && t.use(x));
      return i = true, n = 1 / 0, u;
    }
    function o(g, x) {
      return typeof g == "string" ? arguments.length === 2 ? (Ya("data", i), r[g] = x, u) : qb.call(r, g) && r[g] || null : g ? (Ya("data", i), r = g, u) : r;
    }
    function s(g) {
      var x;
      if (Ya("use", i), g != null) if (typeof g == "function") C.apply(null, arguments);
      else if (typeof g == "object") "length" in g ? T2(g) : F(g);
      else throw new Error("Expected usable value, not `" + g + "`");
      return x && (r.settings = qn2(r.settings || {}, x)), u;
      function F(D) {
        T2(D.plugins), D.settings && (x = qn2(x || {}, D.settings));
      }
      function w2(D) {
        if (typeof D == "function") C(D);
        else if (typeof D == "object") "length" in D ? C.apply(null, D) : F(D);
        else throw new Error("Expected usable value, not `" + D + "`");
      }
      function T2(D) {
        var v2 = -1;
        if (D != null) if (typeof D == "object" && "length" in D) for (; ++v2 < D.length; ) w2(D[v2]);
        else throw new Error("Expected a list of plugins, not `" + D + "`");
      }
      function C(D, v2) {
        var L2 = c(D);
        L2 ? (vp(L2[1]) && vp(v2) && (v2 = qn2(true, L2[1], v2)), L2[1] = v2) : e.push(Ib.call(arguments));
      }
    }
    function c(g) {
      for (var x = -1; ++x < e.length; ) if (e[x][0] === g) return e[x];
    }
    function l(g) {
      var x = vr2(g), F;
      return a(), F = u.Parser, ja("parse", F), Ap(F, "parse") ? new F(String(x), x).parse() : F(String(x), x);
    }
    function f(g, x, F) {
      if (Tp(g), a(), !F && typeof x == "function" && (F = x, x = null), !F) return new Promise(w2);
      w2(null, F);
      function w2(T2, C) {
        t.run(g, vr2(x), D);
        function D(v2, L2, y2) {
          L2 = L2 || g, v2 ? C(v2) : T2 ? T2(L2) : F(null, L2, y2);
        }
      }
    }
    function p(g, x) {
      var F, w2;
      return f(g, x, T2), Sp("runSync", "run", w2), F;
      function T2(C, D) {
        w2 = true, F = D, yp(C);
      }
    }
    function m(g, x) {
      var F = vr2(x), w2;
      return a(), w2 = u.Compiler, Wa("stringify", w2), Tp(g), Ap(w2, "compile") ? new w2(g, F).compile() : w2(g, F);
    }
    function d(g, x) {
      if (a(), ja("process", u.Parser), Wa("process", u.Compiler), !x) return new Promise(F);
      F(null, x);
      function F(w2, T2) {
        var C = vr2(g);
        Bb.run(u, { file: C }, D);
        function D(v2) {
          v2 ? T2(v2) : w2 ? w2(C) : x(null, C);
        }
      }
    }
    function k2(g) {
      var x, F;
      return a(), ja("processSync", u.Parser), Wa("processSync", u.Compiler), x = vr2(g), d(x, w2), Sp("processSync", "process", F), x;
      function w2(T2) {
        F = true, yp(T2);
      }
    }
  }
  function Ap(e, t) {
    return typeof e == "function" && e.prototype && (Ob(e.prototype) || t in e.prototype);
  }
  function Ob(e) {
    var t;
    for (t in e) return true;
    return false;
  }
  function ja(e, t) {
    if (typeof t != "function") throw new Error("Cannot `" + e + "` without `Parser`");
  }
  function Wa(e, t) {
    if (typeof t != "function") throw new Error("Cannot `" + e + "` without `Compiler`");
  }
  function Ya(e, t) {
    if (t) throw new Error("Cannot invoke `" + e + "` on a frozen processor.\nCreate a new processor first, by invoking it: use `processor()` instead of `processor`.");
  }
  function Tp(e) {
    if (!e || typeof e.type != "string") throw new Error("Expected node, got `" + e + "`");
  }
  function Sp(e, t, r) {
    if (!r) throw new Error("`" + e + "` finished async. Use `" + t + "` instead");
  }
});
var hm = {};
zr2(hm, { languages: () => vu, options: () => Au2, parsers: () => su2, printers: () => ku2 });
var vu = [{ name: "Markdown", type: "prose", aceMode: "markdown", extensions: [".md", ".livemd", ".markdown", ".mdown", ".mdwn", ".mkd", ".mkdn", ".mkdown", ".ronn", ".scd", ".workbook"], filenames: ["contents.lr", "README"], tmScope: "text.md", aliases: ["md", "pandoc"], codemirrorMode: "gfm", codemirrorMimeType: "text/x-gfm", wrap: true, parsers: ["markdown"], vscodeLanguageIds: ["markdown"], linguistLanguageId: 222 }, { name: "MDX", type: "prose", aceMode: "markdown", extensions: [".mdx"], filenames: [], tmScope: "text.md", aliases: ["md", "pandoc"], codemirrorMode: "gfm", codemirrorMimeType: "text/x-gfm", wrap: true, parsers: ["mdx"], vscodeLanguageIds: ["mdx"], linguistLanguageId: 222 }];
var Qn2 = { bracketSpacing: { category: "Common", type: "boolean", default: true, description: "Print spaces between brackets.", oppositeDescription: "Do not print spaces between brackets." }, objectWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap object literals.", choices: [{ value: "preserve", description: "Keep as multi-line, if there is a newline between the opening brace and first property." }, { value: "collapse", description: "Fit to a single line when possible." }] }, singleQuote: { category: "Common", type: "boolean", default: false, description: "Use single quotes instead of double quotes." }, proseWrap: { category: "Common", type: "choice", default: "preserve", description: "How to wrap prose.", choices: [{ value: "always", description: "Wrap prose if it exceeds the print width." }, { value: "never", description: "Do not wrap prose." }, { value: "preserve", description: "Wrap prose as-is." }] }, bracketSameLine: { category: "Common", type: "boolean", default: false, description: "Put > of opening tags on the last line instead of on a new line." }, singleAttributePerLine: { category: "Common", type: "boolean", default: false, description: "Enforce single attribute per line in HTML, Vue and JSX." } };
var Tm = { proseWrap: Qn2.proseWrap, singleQuote: Qn2.singleQuote };
var Au2 = Tm;
var su2 = {};
zr2(su2, { markdown: () => yE, mdx: () => vE, remark: () => yE });
var mt2 = (e) => e.position.start.offset;
var dt2 = (e) => e.position.end.offset;
function Sm({ slug: e, permalink: t, alias: r }) {
  return { hName: "a", hProperties: { href: t ?? e }, hChildren: [{ type: "text", value: r ?? e }] };
}
function Xn2(e = {}) {
  let t = e.linkTemplate || Sm, r;
  function n(s) {
    r = { type: "wikiLink", value: null, data: {} }, this.enter(r, s);
  }
  function i(s) {
    return s[s.length - 1];
  }
  function u(s) {
    let c = this.sliceSerialize(s), l = i(this.stack);
    l.data.alias = c;
  }
  function a(s) {
    let c = this.sliceSerialize(s), l = i(this.stack);
    l.value = c;
  }
  function o(s) {
    this.exit(s);
    let c = r, l = { slug: c.value, alias: c.data.alias, permalink: e.linkResolver ? e.linkResolver(c.value) : void 0 };
    c.data = { alias: l.alias, permalink: l.permalink, ...t(l) };
  }
  return { enter: { wikiLink: n }, exit: { wikiLinkTarget: a, wikiLinkAlias: u, wikiLink: o } };
}
var it2 = { horizontalTab: -2, virtualSpace: -1, nul: 0, eof: null, space: 32 };
function Tu2(e) {
  return e !== it2.eof && (e < it2.nul || e === it2.space);
}
function Jn2(e) {
  return e !== it2.eof && (e === null || e < it2.horizontalTab);
}
function Zn2(e = {}) {
  let r = e.aliasDivider || "|", n = "[[", i = "]]";
  return { text: { 91: { tokenize: (a, o, s) => {
    let c, l, f = 0, p = 0, m = 0;
    return d;
    function d(C) {
      return C !== n.charCodeAt(p) ? s(C) : (a.enter("wikiLink"), a.enter("wikiLinkMarker"), k2(C));
    }
    function k2(C) {
      return p === n.length ? (a.exit("wikiLinkMarker"), g(C)) : C !== n.charCodeAt(p) ? s(C) : (a.consume(C), p++, k2);
    }
    function g(C) {
      return Jn2(C) || C === it2.eof ? s(C) : (a.enter("wikiLinkData"), a.enter("wikiLinkTarget"), x(C));
    }
    function x(C) {
      return C === r.charCodeAt(f) ? c ? (a.exit("wikiLinkTarget"), a.enter("wikiLinkAliasMarker"), F(C)) : s(C) : C === i.charCodeAt(m) ? c ? (a.exit("wikiLinkTarget"), a.exit("wikiLinkData"), a.enter("wikiLinkMarker"), T2(C)) : s(C) : Jn2(C) || C === it2.eof ? s(C) : (Tu2(C) || (c = true), a.consume(C), x);
    }
    function F(C) {
      return f === r.length ? (a.exit("wikiLinkAliasMarker"), a.enter("wikiLinkAlias"), w2(C)) : C !== r.charCodeAt(f) ? s(C) : (a.consume(C), f++, F);
    }
    function w2(C) {
      return C === i.charCodeAt(m) ? l ? (a.exit("wikiLinkAlias"), a.exit("wikiLinkData"), a.enter("wikiLinkMarker"), T2(C)) : s(C) : Jn2(C) || C === it2.eof ? s(C) : (Tu2(C) || (l = true), a.consume(C), w2);
    }
    function T2(C) {
      return m === i.length ? (a.exit("wikiLinkMarker"), a.exit("wikiLink"), o(C)) : C !== i.charCodeAt(m) ? s(C) : (a.consume(C), m++, T2);
    }
  } } } };
}
var Lm = {};
function ei2(e, t) {
  let r = t || Lm, n = typeof r.includeImageAlt == "boolean" ? r.includeImageAlt : true, i = typeof r.includeHtml == "boolean" ? r.includeHtml : true;
  return Lu(e, n, i);
}
function Lu(e, t, r) {
  if (Im(e)) {
    if ("value" in e) return e.type === "html" && !r ? "" : e.value;
    if (t && "alt" in e && e.alt) return e.alt;
    if ("children" in e) return Su2(e.children, t, r);
  }
  return Array.isArray(e) ? Su2(e, t, r) : "";
}
function Su2(e, t, r) {
  let n = [], i = -1;
  for (; ++i < e.length; ) n[i] = Lu(e[i], t, r);
  return n.join("");
}
function Im(e) {
  return !!(e && typeof e == "object");
}
var ti2 = { AElig: "\xC6", AMP: "&", Aacute: "\xC1", Abreve: "\u0102", Acirc: "\xC2", Acy: "\u0410", Afr: "\u{1D504}", Agrave: "\xC0", Alpha: "\u0391", Amacr: "\u0100", And: "\u2A53", Aogon: "\u0104", Aopf: "\u{1D538}", ApplyFunction: "\u2061", Aring: "\xC5", Ascr: "\u{1D49C}", Assign: "\u2254", Atilde: "\xC3", Auml: "\xC4", Backslash: "\u2216", Barv: "\u2AE7", Barwed: "\u2306", Bcy: "\u0411", Because: "\u2235", Bernoullis: "\u212C", Beta: "\u0392", Bfr: "\u{1D505}", Bopf: "\u{1D539}", Breve: "\u02D8", Bscr: "\u212C", Bumpeq: "\u224E", CHcy: "\u0427", COPY: "\xA9", Cacute: "\u0106", Cap: "\u22D2", CapitalDifferentialD: "\u2145", Cayleys: "\u212D", Ccaron: "\u010C", Ccedil: "\xC7", Ccirc: "\u0108", Cconint: "\u2230", Cdot: "\u010A", Cedilla: "\xB8", CenterDot: "\xB7", Cfr: "\u212D", Chi: "\u03A7", CircleDot: "\u2299", CircleMinus: "\u2296", CirclePlus: "\u2295", CircleTimes: "\u2297", ClockwiseContourIntegral: "\u2232", CloseCurlyDoubleQuote: "\u201D", CloseCurlyQuote: "\u2019", Colon: "\u2237", Colone: "\u2A74", Congruent: "\u2261", Conint: "\u222F", ContourIntegral: "\u222E", Copf: "\u2102", Coproduct: "\u2210", CounterClockwiseContourIntegral: "\u2233", Cross: "\u2A2F", Cscr: "\u{1D49E}", Cup: "\u22D3", CupCap: "\u224D", DD: "\u2145", DDotrahd: "\u2911", DJcy: "\u0402", DScy: "\u0405", DZcy: "\u040F", Dagger: "\u2021", Darr: "\u21A1", Dashv: "\u2AE4", Dcaron: "\u010E", Dcy: "\u0414", Del: "\u2207", Delta: "\u0394", Dfr: "\u{1D507}", DiacriticalAcute: "\xB4", DiacriticalDot: "\u02D9", DiacriticalDoubleAcute: "\u02DD", DiacriticalGrave: "`", DiacriticalTilde: "\u02DC", Diamond: "\u22C4", DifferentialD: "\u2146", Dopf: "\u{1D53B}", Dot: "\xA8", DotDot: "\u20DC", DotEqual: "\u2250", DoubleContourIntegral: "\u222F", DoubleDot: "\xA8", DoubleDownArrow: "\u21D3", DoubleLeftArrow: "\u21D0", DoubleLeftRightArrow: "\u21D4", DoubleLeftTee: "\u2AE4", DoubleLongLeftArrow: "\u27F8", DoubleLongLeftRightArrow: "\u27FA", DoubleLongRightArrow: "\u27F9", DoubleRightArrow: "\u21D2", DoubleRightTee: "\u22A8", DoubleUpArrow: "\u21D1", DoubleUpDownArrow: "\u21D5", DoubleVerticalBar: "\u2225", DownArrow: "\u2193", DownArrowBar: "\u2913", DownArrowUpArrow: "\u21F5", DownBreve: "\u0311", DownLeftRightVector: "\u2950", DownLeftTeeVector: "\u295E", DownLeftVector: "\u21BD", DownLeftVectorBar: "\u2956", DownRightTeeVector: "\u295F", DownRightVector: "\u21C1", DownRightVectorBar: "\u2957", DownTee: "\u22A4", DownTeeArrow: "\u21A7", Downarrow: "\u21D3", Dscr: "\u{1D49F}", Dstrok: "\u0110", ENG: "\u014A", ETH: "\xD0", Eacute: "\xC9", Ecaron: "\u011A", Ecirc: "\xCA", Ecy: "\u042D", Edot: "\u0116", Efr: "\u{1D508}", Egrave: "\xC8", Element: "\u2208", Emacr: "\u0112", EmptySmallSquare: "\u25FB", EmptyVerySmallSquare: "\u25AB", Eogon: "\u0118", Eopf: "\u{1D53C}", Epsilon: "\u0395", Equal: "\u2A75", EqualTilde: "\u2242", Equilibrium: "\u21CC", Escr: "\u2130", Esim: "\u2A73", Eta: "\u0397", Euml: "\xCB", Exists: "\u2203", ExponentialE: "\u2147", Fcy: "\u0424", Ffr: "\u{1D509}", FilledSmallSquare: "\u25FC", FilledVerySmallSquare: "\u25AA", Fopf: "\u{1D53D}", ForAll: "\u2200", Fouriertrf: "\u2131", Fscr: "\u2131", GJcy: "\u0403", GT: ">", Gamma: "\u0393", Gammad: "\u03DC", Gbreve: "\u011E", Gcedil: "\u0122", Gcirc: "\u011C", Gcy: "\u0413", Gdot: "\u0120", Gfr: "\u{1D50A}", Gg: "\u22D9", Gopf: "\u{1D53E}", GreaterEqual: "\u2265", GreaterEqualLess: "\u22DB", GreaterFullEqual: "\u2267", GreaterGreater: "\u2AA2", GreaterLess: "\u2277", GreaterSlantEqual: "\u2A7E", GreaterTilde: "\u2273", Gscr: "\u{1D4A2}", Gt: "\u226B", HARDcy: "\u042A", Hacek: "\u02C7", Hat: "^", Hcirc: "\u0124", Hfr: "\u210C", HilbertSpace: "\u210B", Hopf: "\u210D", HorizontalLine: "\u2500", Hscr: "\u210B", Hstrok: "\u0126", HumpDownHump: "\u224E", HumpEqual: "\u224F", IEcy: "\u0415", IJlig: "\u0132", IOcy: "\u0401", Iacute: "\xCD", Icirc: "\xCE", Icy: "\u0418", Idot: "\u0130", Ifr: "\u2111", Igrave: "\xCC", Im: "\u2111", Imacr: "\u012A", ImaginaryI: "\u2148", Implies: "\u21D2", Int: "\u222C", Integral: "\u222B", Intersection: "\u22C2", InvisibleComma: "\u2063", InvisibleTimes: "\u2062", Iogon: "\u012E", Iopf: "\u{1D540}", Iota: "\u0399", Iscr: "\u2110", Itilde: "\u0128", Iukcy: "\u0406", Iuml: "\xCF", Jcirc: "\u0134", Jcy: "\u0419", Jfr: "\u{1D50D}", Jopf: "\u{1D541}", Jscr: "\u{1D4A5}", Jsercy: "\u0408", Jukcy: "\u0404", KHcy: "\u0425", KJcy: "\u040C", Kappa: "\u039A", Kcedil: "\u0136", Kcy: "\u041A", Kfr: "\u{1D50E}", Kopf: "\u{1D542}", Kscr: "\u{1D4A6}", LJcy: "\u0409", LT: "<", Lacute: "\u0139", Lambda: "\u039B", Lang: "\u27EA", Laplacetrf: "\u2112", Larr: "\u219E", Lcaron: "\u013D", Lcedil: "\u013B", Lcy: "\u041B", LeftAngleBracket: "\u27E8", LeftArrow: "\u2190", LeftArrowBar: "\u21E4", LeftArrowRightArrow: "\u21C6", LeftCeiling: "\u2308", LeftDoubleBracket: "\u27E6", LeftDownTeeVector: "\u2961", LeftDownVector: "\u21C3", LeftDownVectorBar: "\u2959", LeftFloor: "\u230A", LeftRightArrow: "\u2194", LeftRightVector: "\u294E", LeftTee: "\u22A3", LeftTeeArrow: "\u21A4", LeftTeeVector: "\u295A", LeftTriangle: "\u22B2", LeftTriangleBar: "\u29CF", LeftTriangleEqual: "\u22B4", LeftUpDownVector: "\u2951", LeftUpTeeVector: "\u2960", LeftUpVector: "\u21BF", LeftUpVectorBar: "\u2958", LeftVector: "\u21BC", LeftVectorBar: "\u2952", Leftarrow: "\u21D0", Leftrightarrow: "\u21D4", LessEqualGreater: "\u22DA", LessFullEqual: "\u2266", LessGreater: "\u2276", LessLess: "\u2AA1", LessSlantEqual: "\u2A7D", LessTilde: "\u2272", Lfr: "\u{1D50F}", Ll: "\u22D8", Lleftarrow: "\u21DA", Lmidot: "\u013F", LongLeftArrow: "\u27F5", LongLeftRightArrow: "\u27F7", LongRightArrow: "\u27F6", Longleftarrow: "\u27F8", Longleftrightarrow: "\u27FA", Longrightarrow: "\u27F9", Lopf: "\u{1D543}", LowerLeftArrow: "\u2199", LowerRightArrow: "\u2198", Lscr: "\u2112", Lsh: "\u21B0", Lstrok: "\u0141", Lt: "\u226A", Map: "\u2905", Mcy: "\u041C", MediumSpace: "\u205F", Mellintrf: "\u2133", Mfr: "\u{1D510}", MinusPlus: "\u2213", Mopf: "\u{1D544}", Mscr: "\u2133", Mu: "\u039C", NJcy: "\u040A", Nacute: "\u0143", Ncaron: "\u0147", Ncedil: "\u0145", Ncy: "\u041D", NegativeMediumSpace: "\u200B", NegativeThickSpace: "\u200B", NegativeThinSpace: "\u200B", NegativeVeryThinSpace: "\u200B", NestedGreaterGreater: "\u226B", NestedLessLess: "\u226A", NewLine: `
`, Nfr: "\u{1D511}", NoBreak: "\u2060", NonBreakingSpace: "\xA0", Nopf: "\u2115", Not: "\u2AEC", NotCongruent: "\u2262", NotCupCap: "\u226D", NotDoubleVerticalBar: "\u2226", NotElement: "\u2209", NotEqual: "\u2260", NotEqualTilde: "\u2242\u0338", NotExists: "\u2204", NotGreater: "\u226F", NotGreaterEqual: "\u2271", NotGreaterFullEqual: "\u2267\u0338", NotGreaterGreater: "\u226B\u0338", NotGreaterLess: "\u2279", NotGreaterSlantEqual: "\u2A7E\u0338", NotGreaterTilde: "\u2275", NotHumpDownHump: "\u224E\u0338", NotHumpEqual: "\u224F\u0338", NotLeftTriangle: "\u22EA", NotLeftTriangleBar: "\u29CF\u0338", NotLeftTriangleEqual: "\u22EC", NotLess: "\u226E", NotLessEqual: "\u2270", NotLessGreater: "\u2278", NotLessLess: "\u226A\u0338", NotLessSlantEqual: "\u2A7D\u0338", NotLessTilde: "\u2274", NotNestedGreaterGreater: "\u2AA2\u0338", NotNestedLessLess: "\u2AA1\u0338", NotPrecedes: "\u2280", NotPrecedesEqual: "\u2AAF\u0338", NotPrecedesSlantEqual: "\u22E0", NotReverseElement: "\u220C", NotRightTriangle: "\u22EB", NotRightTriangleBar: "\u29D0\u0338", NotRightTriangleEqual: "\u22ED", NotSquareSubset: "\u228F\u0338", NotSquareSubsetEqual: "\u22E2", NotSquareSuperset: "\u2290\u0338", NotSquareSupersetEqual: "\u22E3", NotSubset: "\u2282\u20D2", NotSubsetEqual: "\u2288", NotSucceeds: "\u2281", NotSucceedsEqual: "\u2AB0\u0338", NotSucceedsSlantEqual: "\u22E1", NotSucceedsTilde: "\u227F\u0338", NotSuperset: "\u2283\u20D2", NotSupersetEqual: "\u2289", NotTilde: "\u2241", NotTildeEqual: "\u2244", NotTildeFullEqual: "\u2247", NotTildeTilde: "\u2249", NotVerticalBar: "\u2224", Nscr: "\u{1D4A9}", Ntilde: "\xD1", Nu: "\u039D", OElig: "\u0152", Oacute: "\xD3", Ocirc: "\xD4", Ocy: "\u041E", Odblac: "\u0150", Ofr: "\u{1D512}", Ograve: "\xD2", Omacr: "\u014C", Omega: "\u03A9", Omicron: "\u039F", Oopf: "\u{1D546}", OpenCurlyDoubleQuote: "\u201C", OpenCurlyQuote: "\u2018", Or: "\u2A54", Oscr: "\u{1D4AA}", Oslash: "\xD8", Otilde: "\xD5", Otimes: "\u2A37", Ouml: "\xD6", OverBar: "\u203E", OverBrace: "\u23DE", OverBracket: "\u23B4", OverParenthesis: "\u23DC", PartialD: "\u2202", Pcy: "\u041F", Pfr: "\u{1D513}", Phi: "\u03A6", Pi: "\u03A0", PlusMinus: "\xB1", Poincareplane: "\u210C", Popf: "\u2119", Pr: "\u2ABB", Precedes: "\u227A", PrecedesEqual: "\u2AAF", PrecedesSlantEqual: "\u227C", PrecedesTilde: "\u227E", Prime: "\u2033", Product: "\u220F", Proportion: "\u2237", Proportional: "\u221D", Pscr: "\u{1D4AB}", Psi: "\u03A8", QUOT: '"', Qfr: "\u{1D514}", Qopf: "\u211A", Qscr: "\u{1D4AC}", RBarr: "\u2910", REG: "\xAE", Racute: "\u0154", Rang: "\u27EB", Rarr: "\u21A0", Rarrtl: "\u2916", Rcaron: "\u0158", Rcedil: "\u0156", Rcy: "\u0420", Re: "\u211C", ReverseElement: "\u220B", ReverseEquilibrium: "\u21CB", ReverseUpEquilibrium: "\u296F", Rfr: "\u211C", Rho: "\u03A1", RightAngleBracket: "\u27E9", RightArrow: "\u2192", RightArrowBar: "\u21E5", RightArrowLeftArrow: "\u21C4", RightCeiling: "\u2309", RightDoubleBracket: "\u27E7", RightDownTeeVector: "\u295D", RightDownVector: "\u21C2", RightDownVectorBar: "\u2955", RightFloor: "\u230B", RightTee: "\u22A2", RightTeeArrow: "\u21A6", RightTeeVector: "\u295B", RightTriangle: "\u22B3", RightTriangleBar: "\u29D0", RightTriangleEqual: "\u22B5", RightUpDownVector: "\u294F", RightUpTeeVector: "\u295C", RightUpVector: "\u21BE", RightUpVectorBar: "\u2954", RightVector: "\u21C0", RightVectorBar: "\u2953", Rightarrow: "\u21D2", Ropf: "\u211D", RoundImplies: "\u2970", Rrightarrow: "\u21DB", Rscr: "\u211B", Rsh: "\u21B1", RuleDelayed: "\u29F4", SHCHcy: "\u0429", SHcy: "\u0428", SOFTcy: "\u042C", Sacute: "\u015A", Sc: "\u2ABC", Scaron: "\u0160", Scedil: "\u015E", Scirc: "\u015C", Scy: "\u0421", Sfr: "\u{1D516}", ShortDownArrow: "\u2193", ShortLeftArrow: "\u2190", ShortRightArrow: "\u2192", ShortUpArrow: "\u2191", Sigma: "\u03A3", SmallCircle: "\u2218", Sopf: "\u{1D54A}", Sqrt: "\u221A", Square: "\u25A1", SquareIntersection: "\u2293", SquareSubset: "\u228F", SquareSubsetEqual: "\u2291", SquareSuperset: "\u2290", SquareSupersetEqual: "\u2292", SquareUnion: "\u2294", Sscr: "\u{1D4AE}", Star: "\u22C6", Sub: "\u22D0", Subset: "\u22D0", SubsetEqual: "\u2286", Succeeds: "\u227B", SucceedsEqual: "\u2AB0", SucceedsSlantEqual: "\u227D", SucceedsTilde: "\u227F", SuchThat: "\u220B", Sum: "\u2211", Sup: "\u22D1", Superset: "\u2283", SupersetEqual: "\u2287", Supset: "\u22D1", THORN: "\xDE", TRADE: "\u2122", TSHcy: "\u040B", TScy: "\u0426", Tab: "	", Tau: "\u03A4", Tcaron: "\u0164", Tcedil: "\u0162", Tcy: "\u0422", Tfr: "\u{1D517}", Therefore: "\u2234", Theta: "\u0398", ThickSpace: "\u205F\u200A", ThinSpace: "\u2009", Tilde: "\u223C", TildeEqual: "\u2243", TildeFullEqual: "\u2245", TildeTilde: "\u2248", Topf: "\u{1D54B}", TripleDot: "\u20DB", Tscr: "\u{1D4AF}", Tstrok: "\u0166", Uacute: "\xDA", Uarr: "\u219F", Uarrocir: "\u2949", Ubrcy: "\u040E", Ubreve: "\u016C", Ucirc: "\xDB", Ucy: "\u0423", Udblac: "\u0170", Ufr: "\u{1D518}", Ugrave: "\xD9", Umacr: "\u016A", UnderBar: "_", UnderBrace: "\u23DF", UnderBracket: "\u23B5", UnderParenthesis: "\u23DD", Union: "\u22C3", UnionPlus: "\u228E", Uogon: "\u0172", Uopf: "\u{1D54C}", UpArrow: "\u2191", UpArrowBar: "\u2912", UpArrowDownArrow: "\u21C5", UpDownArrow: "\u2195", UpEquilibrium: "\u296E", UpTee: "\u22A5", UpTeeArrow: "\u21A5", Uparrow: "\u21D1", Updownarrow: "\u21D5", UpperLeftArrow: "\u2196", UpperRightArrow: "\u2197", Upsi: "\u03D2", Upsilon: "\u03A5", Uring: "\u016E", Uscr: "\u{1D4B0}", Utilde: "\u0168", Uuml: "\xDC", VDash: "\u22AB", Vbar: "\u2AEB", Vcy: "\u0412", Vdash: "\u22A9", Vdashl: "\u2AE6", Vee: "\u22C1", Verbar: "\u2016", Vert: "\u2016", VerticalBar: "\u2223", VerticalLine: "|", VerticalSeparator: "\u2758", VerticalTilde: "\u2240", VeryThinSpace: "\u200A", Vfr: "\u{1D519}", Vopf: "\u{1D54D}", Vscr: "\u{1D4B1}", Vvdash: "\u22AA", Wcirc: "\u0174", Wedge: "\u22C0", Wfr: "\u{1D51A}", Wopf: "\u{1D54E}", Wscr: "\u{1D4B2}", Xfr: "\u{1D51B}", Xi: "\u039E", Xopf: "\u{1D54F}", Xscr: "\u{1D4B3}", YAcy: "\u042F", YIcy: "\u0407", YUcy: "\u042E", Yacute: "\xDD", Ycirc: "\u0176", Ycy: "\u042B", Yfr: "\u{1D51C}", Yopf: "\u{1D550}", Yscr: "\u{1D4B4}", Yuml: "\u0178", ZHcy: "\u0416", Zacute: "\u0179", Zcaron: "\u017D", Zcy: "\u0417", Zdot: "\u017B", ZeroWidthSpace: "\u200B", Zeta: "\u0396", Zfr: "\u2128", Zopf: "\u2124", Zscr: "\u{1D4B5}", aacute: "\xE1", abreve: "\u0103", ac: "\u223E", acE: "\u223E\u0333", acd: "\u223F", acirc: "\xE2", acute: "\xB4", acy: "\u0430", aelig: "\xE6", af: "\u2061", afr: "\u{1D51E}", agrave: "\xE0", alefsym: "\u2135", aleph: "\u2135", alpha: "\u03B1", amacr: "\u0101", amalg: "\u2A3F", amp: "&", and: "\u2227", andand: "\u2A55", andd: "\u2A5C", andslope: "\u2A58", andv: "\u2A5A", ang: "\u2220", ange: "\u29A4", angle: "\u2220", angmsd: "\u2221", angmsdaa: "\u29A8", angmsdab: "\u29A9", angmsdac: "\u29AA", angmsdad: "\u29AB", angmsdae: "\u29AC", angmsdaf: "\u29AD", angmsdag: "\u29AE", angmsdah: "\u29AF", angrt: "\u221F", angrtvb: "\u22BE", angrtvbd: "\u299D", angsph: "\u2222", angst: "\xC5", angzarr: "\u237C", aogon: "\u0105", aopf: "\u{1D552}", ap: "\u2248", apE: "\u2A70", apacir: "\u2A6F", ape: "\u224A", apid: "\u224B", apos: "'", approx: "\u2248", approxeq: "\u224A", aring: "\xE5", ascr: "\u{1D4B6}", ast: "*", asymp: "\u2248", asympeq: "\u224D", atilde: "\xE3", auml: "\xE4", awconint: "\u2233", awint: "\u2A11", bNot: "\u2AED", backcong: "\u224C", backepsilon: "\u03F6", backprime: "\u2035", backsim: "\u223D", backsimeq: "\u22CD", barvee: "\u22BD", barwed: "\u2305", barwedge: "\u2305", bbrk: "\u23B5", bbrktbrk: "\u23B6", bcong: "\u224C", bcy: "\u0431", bdquo: "\u201E", becaus: "\u2235", because: "\u2235", bemptyv: "\u29B0", bepsi: "\u03F6", bernou: "\u212C", beta: "\u03B2", beth: "\u2136", between: "\u226C", bfr: "\u{1D51F}", bigcap: "\u22C2", bigcirc: "\u25EF", bigcup: "\u22C3", bigodot: "\u2A00", bigoplus: "\u2A01", bigotimes: "\u2A02", bigsqcup: "\u2A06", bigstar: "\u2605", bigtriangledown: "\u25BD", bigtriangleup: "\u25B3", biguplus: "\u2A04", bigvee: "\u22C1", bigwedge: "\u22C0", bkarow: "\u290D", blacklozenge: "\u29EB", blacksquare: "\u25AA", blacktriangle: "\u25B4", blacktriangledown: "\u25BE", blacktriangleleft: "\u25C2", blacktriangleright: "\u25B8", blank: "\u2423", blk12: "\u2592", blk14: "\u2591", blk34: "\u2593", block: "\u2588", bne: "=\u20E5", bnequiv: "\u2261\u20E5", bnot: "\u2310", bopf: "\u{1D553}", bot: "\u22A5", bottom: "\u22A5", bowtie: "\u22C8", boxDL: "\u2557", boxDR: "\u2554", boxDl: "\u2556", boxDr: "\u2553", boxH: "\u2550", boxHD: "\u2566", boxHU: "\u2569", boxHd: "\u2564", boxHu: "\u2567", boxUL: "\u255D", boxUR: "\u255A", boxUl: "\u255C", boxUr: "\u2559", boxV: "\u2551", boxVH: "\u256C", boxVL: "\u2563", boxVR: "\u2560", boxVh: "\u256B", boxVl: "\u2562", boxVr: "\u255F", boxbox: "\u29C9", boxdL: "\u2555", boxdR: "\u2552", boxdl: "\u2510", boxdr: "\u250C", boxh: "\u2500", boxhD: "\u2565", boxhU: "\u2568", boxhd: "\u252C", boxhu: "\u2534", boxminus: "\u229F", boxplus: "\u229E", boxtimes: "\u22A0", boxuL: "\u255B", boxuR: "\u2558", boxul: "\u2518", boxur: "\u2514", boxv: "\u2502", boxvH: "\u256A", boxvL: "\u2561", boxvR: "\u255E", boxvh: "\u253C", boxvl: "\u2524", boxvr: "\u251C", bprime: "\u2035", breve: "\u02D8", brvbar: "\xA6", bscr: "\u{1D4B7}", bsemi: "\u204F", bsim: "\u223D", bsime: "\u22CD", bsol: "\\", bsolb: "\u29C5", bsolhsub: "\u27C8", bull: "\u2022", bullet: "\u2022", bump: "\u224E", bumpE: "\u2AAE", bumpe: "\u224F", bumpeq: "\u224F", cacute: "\u0107", cap: "\u2229", capand: "\u2A44", capbrcup: "\u2A49", capcap: "\u2A4B", capcup: "\u2A47", capdot: "\u2A40", caps: "\u2229\uFE00", caret: "\u2041", caron: "\u02C7", ccaps: "\u2A4D", ccaron: "\u010D", ccedil: "\xE7", ccirc: "\u0109", ccups: "\u2A4C", ccupssm: "\u2A50", cdot: "\u010B", cedil: "\xB8", cemptyv: "\u29B2", cent: "\xA2", centerdot: "\xB7", cfr: "\u{1D520}", chcy: "\u0447", check: "\u2713", checkmark: "\u2713", chi: "\u03C7", cir: "\u25CB", cirE: "\u29C3", circ: "\u02C6", circeq: "\u2257", circlearrowleft: "\u21BA", circlearrowright: "\u21BB", circledR: "\xAE", circledS: "\u24C8", circledast: "\u229B", circledcirc: "\u229A", circleddash: "\u229D", cire: "\u2257", cirfnint: "\u2A10", cirmid: "\u2AEF", cirscir: "\u29C2", clubs: "\u2663", clubsuit: "\u2663", colon: ":", colone: "\u2254", coloneq: "\u2254", comma: ",", commat: "@", comp: "\u2201", compfn: "\u2218", complement: "\u2201", complexes: "\u2102", cong: "\u2245", congdot: "\u2A6D", conint: "\u222E", copf: "\u{1D554}", coprod: "\u2210", copy: "\xA9", copysr: "\u2117", crarr: "\u21B5", cross: "\u2717", cscr: "\u{1D4B8}", csub: "\u2ACF", csube: "\u2AD1", csup: "\u2AD0", csupe: "\u2AD2", ctdot: "\u22EF", cudarrl: "\u2938", cudarrr: "\u2935", cuepr: "\u22DE", cuesc: "\u22DF", cularr: "\u21B6", cularrp: "\u293D", cup: "\u222A", cupbrcap: "\u2A48", cupcap: "\u2A46", cupcup: "\u2A4A", cupdot: "\u228D", cupor: "\u2A45", cups: "\u222A\uFE00", curarr: "\u21B7", curarrm: "\u293C", curlyeqprec: "\u22DE", curlyeqsucc: "\u22DF", curlyvee: "\u22CE", curlywedge: "\u22CF", curren: "\xA4", curvearrowleft: "\u21B6", curvearrowright: "\u21B7", cuvee: "\u22CE", cuwed: "\u22CF", cwconint: "\u2232", cwint: "\u2231", cylcty: "\u232D", dArr: "\u21D3", dHar: "\u2965", dagger: "\u2020", daleth: "\u2138", darr: "\u2193", dash: "\u2010", dashv: "\u22A3", dbkarow: "\u290F", dblac: "\u02DD", dcaron: "\u010F", dcy: "\u0434", dd: "\u2146", ddagger: "\u2021", ddarr: "\u21CA", ddotseq: "\u2A77", deg: "\xB0", delta: "\u03B4", demptyv: "\u29B1", dfisht: "\u297F", dfr: "\u{1D521}", dharl: "\u21C3", dharr: "\u21C2", diam: "\u22C4", diamond: "\u22C4", diamondsuit: "\u2666", diams: "\u2666", die: "\xA8", digamma: "\u03DD", disin: "\u22F2", div: "\xF7", divide: "\xF7", divideontimes: "\u22C7", divonx: "\u22C7", djcy: "\u0452", dlcorn: "\u231E", dlcrop: "\u230D", dollar: "$", dopf: "\u{1D555}", dot: "\u02D9", doteq: "\u2250", doteqdot: "\u2251", dotminus: "\u2238", dotplus: "\u2214", dotsquare: "\u22A1", doublebarwedge: "\u2306", downarrow: "\u2193", downdownarrows: "\u21CA", downharpoonleft: "\u21C3", downharpoonright: "\u21C2", drbkarow: "\u2910", drcorn: "\u231F", drcrop: "\u230C", dscr: "\u{1D4B9}", dscy: "\u0455", dsol: "\u29F6", dstrok: "\u0111", dtdot: "\u22F1", dtri: "\u25BF", dtrif: "\u25BE", duarr: "\u21F5", duhar: "\u296F", dwangle: "\u29A6", dzcy: "\u045F", dzigrarr: "\u27FF", eDDot: "\u2A77", eDot: "\u2251", eacute: "\xE9", easter: "\u2A6E", ecaron: "\u011B", ecir: "\u2256", ecirc: "\xEA", ecolon: "\u2255", ecy: "\u044D", edot: "\u0117", ee: "\u2147", efDot: "\u2252", efr: "\u{1D522}", eg: "\u2A9A", egrave: "\xE8", egs: "\u2A96", egsdot: "\u2A98", el: "\u2A99", elinters: "\u23E7", ell: "\u2113", els: "\u2A95", elsdot: "\u2A97", emacr: "\u0113", empty: "\u2205", emptyset: "\u2205", emptyv: "\u2205", emsp13: "\u2004", emsp14: "\u2005", emsp: "\u2003", eng: "\u014B", ensp: "\u2002", eogon: "\u0119", eopf: "\u{1D556}", epar: "\u22D5", eparsl: "\u29E3", eplus: "\u2A71", epsi: "\u03B5", epsilon: "\u03B5", epsiv: "\u03F5", eqcirc: "\u2256", eqcolon: "\u2255", eqsim: "\u2242", eqslantgtr: "\u2A96", eqslantless: "\u2A95", equals: "=", equest: "\u225F", equiv: "\u2261", equivDD: "\u2A78", eqvparsl: "\u29E5", erDot: "\u2253", erarr: "\u2971", escr: "\u212F", esdot: "\u2250", esim: "\u2242", eta: "\u03B7", eth: "\xF0", euml: "\xEB", euro: "\u20AC", excl: "!", exist: "\u2203", expectation: "\u2130", exponentiale: "\u2147", fallingdotseq: "\u2252", fcy: "\u0444", female: "\u2640", ffilig: "\uFB03", fflig: "\uFB00", ffllig: "\uFB04", ffr: "\u{1D523}", filig: "\uFB01", fjlig: "fj", flat: "\u266D", fllig: "\uFB02", fltns: "\u25B1", fnof: "\u0192", fopf: "\u{1D557}", forall: "\u2200", fork: "\u22D4", forkv: "\u2AD9", fpartint: "\u2A0D", frac12: "\xBD", frac13: "\u2153", frac14: "\xBC", frac15: "\u2155", frac16: "\u2159", frac18: "\u215B", frac23: "\u2154", frac25: "\u2156", frac34: "\xBE", frac35: "\u2157", frac38: "\u215C", frac45: "\u2158", frac56: "\u215A", frac58: "\u215D", frac78: "\u215E", frasl: "\u2044", frown: "\u2322", fscr: "\u{1D4BB}", gE: "\u2267", gEl: "\u2A8C", gacute: "\u01F5", gamma: "\u03B3", gammad: "\u03DD", gap: "\u2A86", gbreve: "\u011F", gcirc: "\u011D", gcy: "\u0433", gdot: "\u0121", ge: "\u2265", gel: "\u22DB", geq: "\u2265", geqq: "\u2267", geqslant: "\u2A7E", ges: "\u2A7E", gescc: "\u2AA9", gesdot: "\u2A80", gesdoto: "\u2A82", gesdotol: "\u2A84", gesl: "\u22DB\uFE00", gesles: "\u2A94", gfr: "\u{1D524}", gg: "\u226B", ggg: "\u22D9", gimel: "\u2137", gjcy: "\u0453", gl: "\u2277", glE: "\u2A92", gla: "\u2AA5", glj: "\u2AA4", gnE: "\u2269", gnap: "\u2A8A", gnapprox: "\u2A8A", gne: "\u2A88", gneq: "\u2A88", gneqq: "\u2269", gnsim: "\u22E7", gopf: "\u{1D558}", grave: "`", gscr: "\u210A", gsim: "\u2273", gsime: "\u2A8E", gsiml: "\u2A90", gt: ">", gtcc: "\u2AA7", gtcir: "\u2A7A", gtdot: "\u22D7", gtlPar: "\u2995", gtquest: "\u2A7C", gtrapprox: "\u2A86", gtrarr: "\u2978", gtrdot: "\u22D7", gtreqless: "\u22DB", gtreqqless: "\u2A8C", gtrless: "\u2277", gtrsim: "\u2273", gvertneqq: "\u2269\uFE00", gvnE: "\u2269\uFE00", hArr: "\u21D4", hairsp: "\u200A", half: "\xBD", hamilt: "\u210B", hardcy: "\u044A", harr: "\u2194", harrcir: "\u2948", harrw: "\u21AD", hbar: "\u210F", hcirc: "\u0125", hearts: "\u2665", heartsuit: "\u2665", hellip: "\u2026", hercon: "\u22B9", hfr: "\u{1D525}", hksearow: "\u2925", hkswarow: "\u2926", hoarr: "\u21FF", homtht: "\u223B", hookleftarrow: "\u21A9", hookrightarrow: "\u21AA", hopf: "\u{1D559}", horbar: "\u2015", hscr: "\u{1D4BD}", hslash: "\u210F", hstrok: "\u0127", hybull: "\u2043", hyphen: "\u2010", iacute: "\xED", ic: "\u2063", icirc: "\xEE", icy: "\u0438", iecy: "\u0435", iexcl: "\xA1", iff: "\u21D4", ifr: "\u{1D526}", igrave: "\xEC", ii: "\u2148", iiiint: "\u2A0C", iiint: "\u222D", iinfin: "\u29DC", iiota: "\u2129", ijlig: "\u0133", imacr: "\u012B", image: "\u2111", imagline: "\u2110", imagpart: "\u2111", imath: "\u0131", imof: "\u22B7", imped: "\u01B5", in: "\u2208", incare: "\u2105", infin: "\u221E", infintie: "\u29DD", inodot: "\u0131", int: "\u222B", intcal: "\u22BA", integers: "\u2124", intercal: "\u22BA", intlarhk: "\u2A17", intprod: "\u2A3C", iocy: "\u0451", iogon: "\u012F", iopf: "\u{1D55A}", iota: "\u03B9", iprod: "\u2A3C", iquest: "\xBF", iscr: "\u{1D4BE}", isin: "\u2208", isinE: "\u22F9", isindot: "\u22F5", isins: "\u22F4", isinsv: "\u22F3", isinv: "\u2208", it: "\u2062", itilde: "\u0129", iukcy: "\u0456", iuml: "\xEF", jcirc: "\u0135", jcy: "\u0439", jfr: "\u{1D527}", jmath: "\u0237", jopf: "\u{1D55B}", jscr: "\u{1D4BF}", jsercy: "\u0458", jukcy: "\u0454", kappa: "\u03BA", kappav: "\u03F0", kcedil: "\u0137", kcy: "\u043A", kfr: "\u{1D528}", kgreen: "\u0138", khcy: "\u0445", kjcy: "\u045C", kopf: "\u{1D55C}", kscr: "\u{1D4C0}", lAarr: "\u21DA", lArr: "\u21D0", lAtail: "\u291B", lBarr: "\u290E", lE: "\u2266", lEg: "\u2A8B", lHar: "\u2962", lacute: "\u013A", laemptyv: "\u29B4", lagran: "\u2112", lambda: "\u03BB", lang: "\u27E8", langd: "\u2991", langle: "\u27E8", lap: "\u2A85", laquo: "\xAB", larr: "\u2190", larrb: "\u21E4", larrbfs: "\u291F", larrfs: "\u291D", larrhk: "\u21A9", larrlp: "\u21AB", larrpl: "\u2939", larrsim: "\u2973", larrtl: "\u21A2", lat: "\u2AAB", latail: "\u2919", late: "\u2AAD", lates: "\u2AAD\uFE00", lbarr: "\u290C", lbbrk: "\u2772", lbrace: "{", lbrack: "[", lbrke: "\u298B", lbrksld: "\u298F", lbrkslu: "\u298D", lcaron: "\u013E", lcedil: "\u013C", lceil: "\u2308", lcub: "{", lcy: "\u043B", ldca: "\u2936", ldquo: "\u201C", ldquor: "\u201E", ldrdhar: "\u2967", ldrushar: "\u294B", ldsh: "\u21B2", le: "\u2264", leftarrow: "\u2190", leftarrowtail: "\u21A2", leftharpoondown: "\u21BD", leftharpoonup: "\u21BC", leftleftarrows: "\u21C7", leftrightarrow: "\u2194", leftrightarrows: "\u21C6", leftrightharpoons: "\u21CB", leftrightsquigarrow: "\u21AD", leftthreetimes: "\u22CB", leg: "\u22DA", leq: "\u2264", leqq: "\u2266", leqslant: "\u2A7D", les: "\u2A7D", lescc: "\u2AA8", lesdot: "\u2A7F", lesdoto: "\u2A81", lesdotor: "\u2A83", lesg: "\u22DA\uFE00", lesges: "\u2A93", lessapprox: "\u2A85", lessdot: "\u22D6", lesseqgtr: "\u22DA", lesseqqgtr: "\u2A8B", lessgtr: "\u2276", lesssim: "\u2272", lfisht: "\u297C", lfloor: "\u230A", lfr: "\u{1D529}", lg: "\u2276", lgE: "\u2A91", lhard: "\u21BD", lharu: "\u21BC", lharul: "\u296A", lhblk: "\u2584", ljcy: "\u0459", ll: "\u226A", llarr: "\u21C7", llcorner: "\u231E", llhard: "\u296B", lltri: "\u25FA", lmidot: "\u0140", lmoust: "\u23B0", lmoustache: "\u23B0", lnE: "\u2268", lnap: "\u2A89", lnapprox: "\u2A89", lne: "\u2A87", lneq: "\u2A87", lneqq: "\u2268", lnsim: "\u22E6", loang: "\u27EC", loarr: "\u21FD", lobrk: "\u27E6", longleftarrow: "\u27F5", longleftrightarrow: "\u27F7", longmapsto: "\u27FC", longrightarrow: "\u27F6", looparrowleft: "\u21AB", looparrowright: "\u21AC", lopar: "\u2985", lopf: "\u{1D55D}", loplus: "\u2A2D", lotimes: "\u2A34", lowast: "\u2217", lowbar: "_", loz: "\u25CA", lozenge: "\u25CA", lozf: "\u29EB", lpar: "(", lparlt: "\u2993", lrarr: "\u21C6", lrcorner: "\u231F", lrhar: "\u21CB", lrhard: "\u296D", lrm: "\u200E", lrtri: "\u22BF", lsaquo: "\u2039", lscr: "\u{1D4C1}", lsh: "\u21B0", lsim: "\u2272", lsime: "\u2A8D", lsimg: "\u2A8F", lsqb: "[", lsquo: "\u2018", lsquor: "\u201A", lstrok: "\u0142", lt: "<", ltcc: "\u2AA6", ltcir: "\u2A79", ltdot: "\u22D6", lthree: "\u22CB", ltimes: "\u22C9", ltlarr: "\u2976", ltquest: "\u2A7B", ltrPar: "\u2996", ltri: "\u25C3", ltrie: "\u22B4", ltrif: "\u25C2", lurdshar: "\u294A", luruhar: "\u2966", lvertneqq: "\u2268\uFE00", lvnE: "\u2268\uFE00", mDDot: "\u223A", macr: "\xAF", male: "\u2642", malt: "\u2720", maltese: "\u2720", map: "\u21A6", mapsto: "\u21A6", mapstodown: "\u21A7", mapstoleft: "\u21A4", mapstoup: "\u21A5", marker: "\u25AE", mcomma: "\u2A29", mcy: "\u043C", mdash: "\u2014", measuredangle: "\u2221", mfr: "\u{1D52A}", mho: "\u2127", micro: "\xB5", mid: "\u2223", midast: "*", midcir: "\u2AF0", middot: "\xB7", minus: "\u2212", minusb: "\u229F", minusd: "\u2238", minusdu: "\u2A2A", mlcp: "\u2ADB", mldr: "\u2026", mnplus: "\u2213", models: "\u22A7", mopf: "\u{1D55E}", mp: "\u2213", mscr: "\u{1D4C2}", mstpos: "\u223E", mu: "\u03BC", multimap: "\u22B8", mumap: "\u22B8", nGg: "\u22D9\u0338", nGt: "\u226B\u20D2", nGtv: "\u226B\u0338", nLeftarrow: "\u21CD", nLeftrightarrow: "\u21CE", nLl: "\u22D8\u0338", nLt: "\u226A\u20D2", nLtv: "\u226A\u0338", nRightarrow: "\u21CF", nVDash: "\u22AF", nVdash: "\u22AE", nabla: "\u2207", nacute: "\u0144", nang: "\u2220\u20D2", nap: "\u2249", napE: "\u2A70\u0338", napid: "\u224B\u0338", napos: "\u0149", napprox: "\u2249", natur: "\u266E", natural: "\u266E", naturals: "\u2115", nbsp: "\xA0", nbump: "\u224E\u0338", nbumpe: "\u224F\u0338", ncap: "\u2A43", ncaron: "\u0148", ncedil: "\u0146", ncong: "\u2247", ncongdot: "\u2A6D\u0338", ncup: "\u2A42", ncy: "\u043D", ndash: "\u2013", ne: "\u2260", neArr: "\u21D7", nearhk: "\u2924", nearr: "\u2197", nearrow: "\u2197", nedot: "\u2250\u0338", nequiv: "\u2262", nesear: "\u2928", nesim: "\u2242\u0338", nexist: "\u2204", nexists: "\u2204", nfr: "\u{1D52B}", ngE: "\u2267\u0338", nge: "\u2271", ngeq: "\u2271", ngeqq: "\u2267\u0338", ngeqslant: "\u2A7E\u0338", nges: "\u2A7E\u0338", ngsim: "\u2275", ngt: "\u226F", ngtr: "\u226F", nhArr: "\u21CE", nharr: "\u21AE", nhpar: "\u2AF2", ni: "\u220B", nis: "\u22FC", nisd: "\u22FA", niv: "\u220B", njcy: "\u045A", nlArr: "\u21CD", nlE: "\u2266\u0338", nlarr: "\u219A", nldr: "\u2025", nle: "\u2270", nleftarrow: "\u219A", nleftrightarrow: "\u21AE", nleq: "\u2270", nleqq: "\u2266\u0338", nleqslant: "\u2A7D\u0338", nles: "\u2A7D\u0338", nless: "\u226E", nlsim: "\u2274", nlt: "\u226E", nltri: "\u22EA", nltrie: "\u22EC", nmid: "\u2224", nopf: "\u{1D55F}", not: "\xAC", notin: "\u2209", notinE: "\u22F9\u0338", notindot: "\u22F5\u0338", notinva: "\u2209", notinvb: "\u22F7", notinvc: "\u22F6", notni: "\u220C", notniva: "\u220C", notnivb: "\u22FE", notnivc: "\u22FD", npar: "\u2226", nparallel: "\u2226", nparsl: "\u2AFD\u20E5", npart: "\u2202\u0338", npolint: "\u2A14", npr: "\u2280", nprcue: "\u22E0", npre: "\u2AAF\u0338", nprec: "\u2280", npreceq: "\u2AAF\u0338", nrArr: "\u21CF", nrarr: "\u219B", nrarrc: "\u2933\u0338", nrarrw: "\u219D\u0338", nrightarrow: "\u219B", nrtri: "\u22EB", nrtrie: "\u22ED", nsc: "\u2281", nsccue: "\u22E1", nsce: "\u2AB0\u0338", nscr: "\u{1D4C3}", nshortmid: "\u2224", nshortparallel: "\u2226", nsim: "\u2241", nsime: "\u2244", nsimeq: "\u2244", nsmid: "\u2224", nspar: "\u2226", nsqsube: "\u22E2", nsqsupe: "\u22E3", nsub: "\u2284", nsubE: "\u2AC5\u0338", nsube: "\u2288", nsubset: "\u2282\u20D2", nsubseteq: "\u2288", nsubseteqq: "\u2AC5\u0338", nsucc: "\u2281", nsucceq: "\u2AB0\u0338", nsup: "\u2285", nsupE: "\u2AC6\u0338", nsupe: "\u2289", nsupset: "\u2283\u20D2", nsupseteq: "\u2289", nsupseteqq: "\u2AC6\u0338", ntgl: "\u2279", ntilde: "\xF1", ntlg: "\u2278", ntriangleleft: "\u22EA", ntrianglelefteq: "\u22EC", ntriangleright: "\u22EB", ntrianglerighteq: "\u22ED", nu: "\u03BD", num: "#", numero: "\u2116", numsp: "\u2007", nvDash: "\u22AD", nvHarr: "\u2904", nvap: "\u224D\u20D2", nvdash: "\u22AC", nvge: "\u2265\u20D2", nvgt: ">\u20D2", nvinfin: "\u29DE", nvlArr: "\u2902", nvle: "\u2264\u20D2", nvlt: "<\u20D2", nvltrie: "\u22B4\u20D2", nvrArr: "\u2903", nvrtrie: "\u22B5\u20D2", nvsim: "\u223C\u20D2", nwArr: "\u21D6", nwarhk: "\u2923", nwarr: "\u2196", nwarrow: "\u2196", nwnear: "\u2927", oS: "\u24C8", oacute: "\xF3", oast: "\u229B", ocir: "\u229A", ocirc: "\xF4", ocy: "\u043E", odash: "\u229D", odblac: "\u0151", odiv: "\u2A38", odot: "\u2299", odsold: "\u29BC", oelig: "\u0153", ofcir: "\u29BF", ofr: "\u{1D52C}", ogon: "\u02DB", ograve: "\xF2", ogt: "\u29C1", ohbar: "\u29B5", ohm: "\u03A9", oint: "\u222E", olarr: "\u21BA", olcir: "\u29BE", olcross: "\u29BB", oline: "\u203E", olt: "\u29C0", omacr: "\u014D", omega: "\u03C9", omicron: "\u03BF", omid: "\u29B6", ominus: "\u2296", oopf: "\u{1D560}", opar: "\u29B7", operp: "\u29B9", oplus: "\u2295", or: "\u2228", orarr: "\u21BB", ord: "\u2A5D", order: "\u2134", orderof: "\u2134", ordf: "\xAA", ordm: "\xBA", origof: "\u22B6", oror: "\u2A56", orslope: "\u2A57", orv: "\u2A5B", oscr: "\u2134", oslash: "\xF8", osol: "\u2298", otilde: "\xF5", otimes: "\u2297", otimesas: "\u2A36", ouml: "\xF6", ovbar: "\u233D", par: "\u2225", para: "\xB6", parallel: "\u2225", parsim: "\u2AF3", parsl: "\u2AFD", part: "\u2202", pcy: "\u043F", percnt: "%", period: ".", permil: "\u2030", perp: "\u22A5", pertenk: "\u2031", pfr: "\u{1D52D}", phi: "\u03C6", phiv: "\u03D5", phmmat: "\u2133", phone: "\u260E", pi: "\u03C0", pitchfork: "\u22D4", piv: "\u03D6", planck: "\u210F", planckh: "\u210E", plankv: "\u210F", plus: "+", plusacir: "\u2A23", plusb: "\u229E", pluscir: "\u2A22", plusdo: "\u2214", plusdu: "\u2A25", pluse: "\u2A72", plusmn: "\xB1", plussim: "\u2A26", plustwo: "\u2A27", pm: "\xB1", pointint: "\u2A15", popf: "\u{1D561}", pound: "\xA3", pr: "\u227A", prE: "\u2AB3", prap: "\u2AB7", prcue: "\u227C", pre: "\u2AAF", prec: "\u227A", precapprox: "\u2AB7", preccurlyeq: "\u227C", preceq: "\u2AAF", precnapprox: "\u2AB9", precneqq: "\u2AB5", precnsim: "\u22E8", precsim: "\u227E", prime: "\u2032", primes: "\u2119", prnE: "\u2AB5", prnap: "\u2AB9", prnsim: "\u22E8", prod: "\u220F", profalar: "\u232E", profline: "\u2312", profsurf: "\u2313", prop: "\u221D", propto: "\u221D", prsim: "\u227E", prurel: "\u22B0", pscr: "\u{1D4C5}", psi: "\u03C8", puncsp: "\u2008", qfr: "\u{1D52E}", qint: "\u2A0C", qopf: "\u{1D562}", qprime: "\u2057", qscr: "\u{1D4C6}", quaternions: "\u210D", quatint: "\u2A16", quest: "?", questeq: "\u225F", quot: '"', rAarr: "\u21DB", rArr: "\u21D2", rAtail: "\u291C", rBarr: "\u290F", rHar: "\u2964", race: "\u223D\u0331", racute: "\u0155", radic: "\u221A", raemptyv: "\u29B3", rang: "\u27E9", rangd: "\u2992", range: "\u29A5", rangle: "\u27E9", raquo: "\xBB", rarr: "\u2192", rarrap: "\u2975", rarrb: "\u21E5", rarrbfs: "\u2920", rarrc: "\u2933", rarrfs: "\u291E", rarrhk: "\u21AA", rarrlp: "\u21AC", rarrpl: "\u2945", rarrsim: "\u2974", rarrtl: "\u21A3", rarrw: "\u219D", ratail: "\u291A", ratio: "\u2236", rationals: "\u211A", rbarr: "\u290D", rbbrk: "\u2773", rbrace: "}", rbrack: "]", rbrke: "\u298C", rbrksld: "\u298E", rbrkslu: "\u2990", rcaron: "\u0159", rcedil: "\u0157", rceil: "\u2309", rcub: "}", rcy: "\u0440", rdca: "\u2937", rdldhar: "\u2969", rdquo: "\u201D", rdquor: "\u201D", rdsh: "\u21B3", real: "\u211C", realine: "\u211B", realpart: "\u211C", reals: "\u211D", rect: "\u25AD", reg: "\xAE", rfisht: "\u297D", rfloor: "\u230B", rfr: "\u{1D52F}", rhard: "\u21C1", rharu: "\u21C0", rharul: "\u296C", rho: "\u03C1", rhov: "\u03F1", rightarrow: "\u2192", rightarrowtail: "\u21A3", rightharpoondown: "\u21C1", rightharpoonup: "\u21C0", rightleftarrows: "\u21C4", rightleftharpoons: "\u21CC", rightrightarrows: "\u21C9", rightsquigarrow: "\u219D", rightthreetimes: "\u22CC", ring: "\u02DA", risingdotseq: "\u2253", rlarr: "\u21C4", rlhar: "\u21CC", rlm: "\u200F", rmoust: "\u23B1", rmoustache: "\u23B1", rnmid: "\u2AEE", roang: "\u27ED", roarr: "\u21FE", robrk: "\u27E7", ropar: "\u2986", ropf: "\u{1D563}", roplus: "\u2A2E", rotimes: "\u2A35", rpar: ")", rpargt: "\u2994", rppolint: "\u2A12", rrarr: "\u21C9", rsaquo: "\u203A", rscr: "\u{1D4C7}", rsh: "\u21B1", rsqb: "]", rsquo: "\u2019", rsquor: "\u2019", rthree: "\u22CC", rtimes: "\u22CA", rtri: "\u25B9", rtrie: "\u22B5", rtrif: "\u25B8", rtriltri: "\u29CE", ruluhar: "\u2968", rx: "\u211E", sacute: "\u015B", sbquo: "\u201A", sc: "\u227B", scE: "\u2AB4", scap: "\u2AB8", scaron: "\u0161", sccue: "\u227D", sce: "\u2AB0", scedil: "\u015F", scirc: "\u015D", scnE: "\u2AB6", scnap: "\u2ABA", scnsim: "\u22E9", scpolint: "\u2A13", scsim: "\u227F", scy: "\u0441", sdot: "\u22C5", sdotb: "\u22A1", sdote: "\u2A66", seArr: "\u21D8", searhk: "\u2925", searr: "\u2198", searrow: "\u2198", sect: "\xA7", semi: ";", seswar: "\u2929", setminus: "\u2216", setmn: "\u2216", sext: "\u2736", sfr: "\u{1D530}", sfrown: "\u2322", sharp: "\u266F", shchcy: "\u0449", shcy: "\u0448", shortmid: "\u2223", shortparallel: "\u2225", shy: "\xAD", sigma: "\u03C3", sigmaf: "\u03C2", sigmav: "\u03C2", sim: "\u223C", simdot: "\u2A6A", sime: "\u2243", simeq: "\u2243", simg: "\u2A9E", simgE: "\u2AA0", siml: "\u2A9D", simlE: "\u2A9F", simne: "\u2246", simplus: "\u2A24", simrarr: "\u2972", slarr: "\u2190", smallsetminus: "\u2216", smashp: "\u2A33", smeparsl: "\u29E4", smid: "\u2223", smile: "\u2323", smt: "\u2AAA", smte: "\u2AAC", smtes: "\u2AAC\uFE00", softcy: "\u044C", sol: "/", solb: "\u29C4", solbar: "\u233F", sopf: "\u{1D564}", spades: "\u2660", spadesuit: "\u2660", spar: "\u2225", sqcap: "\u2293", sqcaps: "\u2293\uFE00", sqcup: "\u2294", sqcups: "\u2294\uFE00", sqsub: "\u228F", sqsube: "\u2291", sqsubset: "\u228F", sqsubseteq: "\u2291", sqsup: "\u2290", sqsupe: "\u2292", sqsupset: "\u2290", sqsupseteq: "\u2292", squ: "\u25A1", square: "\u25A1", squarf: "\u25AA", squf: "\u25AA", srarr: "\u2192", sscr: "\u{1D4C8}", ssetmn: "\u2216", ssmile: "\u2323", sstarf: "\u22C6", star: "\u2606", starf: "\u2605", straightepsilon: "\u03F5", straightphi: "\u03D5", strns: "\xAF", sub: "\u2282", subE: "\u2AC5", subdot: "\u2ABD", sube: "\u2286", subedot: "\u2AC3", submult: "\u2AC1", subnE: "\u2ACB", subne: "\u228A", subplus: "\u2ABF", subrarr: "\u2979", subset: "\u2282", subseteq: "\u2286", subseteqq: "\u2AC5", subsetneq: "\u228A", subsetneqq: "\u2ACB", subsim: "\u2AC7", subsub: "\u2AD5", subsup: "\u2AD3", succ: "\u227B", succapprox: "\u2AB8", succcurlyeq: "\u227D", succeq: "\u2AB0", succnapprox: "\u2ABA", succneqq: "\u2AB6", succnsim: "\u22E9", succsim: "\u227F", sum: "\u2211", sung: "\u266A", sup1: "\xB9", sup2: "\xB2", sup3: "\xB3", sup: "\u2283", supE: "\u2AC6", supdot: "\u2ABE", supdsub: "\u2AD8", supe: "\u2287", supedot: "\u2AC4", suphsol: "\u27C9", suphsub: "\u2AD7", suplarr: "\u297B", supmult: "\u2AC2", supnE: "\u2ACC", supne: "\u228B", supplus: "\u2AC0", supset: "\u2283", supseteq: "\u2287", supseteqq: "\u2AC6", supsetneq: "\u228B", supsetneqq: "\u2ACC", supsim: "\u2AC8", supsub: "\u2AD4", supsup: "\u2AD6", swArr: "\u21D9", swarhk: "\u2926", swarr: "\u2199", swarrow: "\u2199", swnwar: "\u292A", szlig: "\xDF", target: "\u2316", tau: "\u03C4", tbrk: "\u23B4", tcaron: "\u0165", tcedil: "\u0163", tcy: "\u0442", tdot: "\u20DB", telrec: "\u2315", tfr: "\u{1D531}", there4: "\u2234", therefore: "\u2234", theta: "\u03B8", thetasym: "\u03D1", thetav: "\u03D1", thickapprox: "\u2248", thicksim: "\u223C", thinsp: "\u2009", thkap: "\u2248", thksim: "\u223C", thorn: "\xFE", tilde: "\u02DC", times: "\xD7", timesb: "\u22A0", timesbar: "\u2A31", timesd: "\u2A30", tint: "\u222D", toea: "\u2928", top: "\u22A4", topbot: "\u2336", topcir: "\u2AF1", topf: "\u{1D565}", topfork: "\u2ADA", tosa: "\u2929", tprime: "\u2034", trade: "\u2122", triangle: "\u25B5", triangledown: "\u25BF", triangleleft: "\u25C3", trianglelefteq: "\u22B4", triangleq: "\u225C", triangleright: "\u25B9", trianglerighteq: "\u22B5", tridot: "\u25EC", trie: "\u225C", triminus: "\u2A3A", triplus: "\u2A39", trisb: "\u29CD", tritime: "\u2A3B", trpezium: "\u23E2", tscr: "\u{1D4C9}", tscy: "\u0446", tshcy: "\u045B", tstrok: "\u0167", twixt: "\u226C", twoheadleftarrow: "\u219E", twoheadrightarrow: "\u21A0", uArr: "\u21D1", uHar: "\u2963", uacute: "\xFA", uarr: "\u2191", ubrcy: "\u045E", ubreve: "\u016D", ucirc: "\xFB", ucy: "\u0443", udarr: "\u21C5", udblac: "\u0171", udhar: "\u296E", ufisht: "\u297E", ufr: "\u{1D532}", ugrave: "\xF9", uharl: "\u21BF", uharr: "\u21BE", uhblk: "\u2580", ulcorn: "\u231C", ulcorner: "\u231C", ulcrop: "\u230F", ultri: "\u25F8", umacr: "\u016B", uml: "\xA8", uogon: "\u0173", uopf: "\u{1D566}", uparrow: "\u2191", updownarrow: "\u2195", upharpoonleft: "\u21BF", upharpoonright: "\u21BE", uplus: "\u228E", upsi: "\u03C5", upsih: "\u03D2", upsilon: "\u03C5", upuparrows: "\u21C8", urcorn: "\u231D", urcorner: "\u231D", urcrop: "\u230E", uring: "\u016F", urtri: "\u25F9", uscr: "\u{1D4CA}", utdot: "\u22F0", utilde: "\u0169", utri: "\u25B5", utrif: "\u25B4", uuarr: "\u21C8", uuml: "\xFC", uwangle: "\u29A7", vArr: "\u21D5", vBar: "\u2AE8", vBarv: "\u2AE9", vDash: "\u22A8", vangrt: "\u299C", varepsilon: "\u03F5", varkappa: "\u03F0", varnothing: "\u2205", varphi: "\u03D5", varpi: "\u03D6", varpropto: "\u221D", varr: "\u2195", varrho: "\u03F1", varsigma: "\u03C2", varsubsetneq: "\u228A\uFE00", varsubsetneqq: "\u2ACB\uFE00", varsupsetneq: "\u228B\uFE00", varsupsetneqq: "\u2ACC\uFE00", vartheta: "\u03D1", vartriangleleft: "\u22B2", vartriangleright: "\u22B3", vcy: "\u0432", vdash: "\u22A2", vee: "\u2228", veebar: "\u22BB", veeeq: "\u225A", vellip: "\u22EE", verbar: "|", vert: "|", vfr: "\u{1D533}", vltri: "\u22B2", vnsub: "\u2282\u20D2", vnsup: "\u2283\u20D2", vopf: "\u{1D567}", vprop: "\u221D", vrtri: "\u22B3", vscr: "\u{1D4CB}", vsubnE: "\u2ACB\uFE00", vsubne: "\u228A\uFE00", vsupnE: "\u2ACC\uFE00", vsupne: "\u228B\uFE00", vzigzag: "\u299A", wcirc: "\u0175", wedbar: "\u2A5F", wedge: "\u2227", wedgeq: "\u2259", weierp: "\u2118", wfr: "\u{1D534}", wopf: "\u{1D568}", wp: "\u2118", wr: "\u2240", wreath: "\u2240", wscr: "\u{1D4CC}", xcap: "\u22C2", xcirc: "\u25EF", xcup: "\u22C3", xdtri: "\u25BD", xfr: "\u{1D535}", xhArr: "\u27FA", xharr: "\u27F7", xi: "\u03BE", xlArr: "\u27F8", xlarr: "\u27F5", xmap: "\u27FC", xnis: "\u22FB", xodot: "\u2A00", xopf: "\u{1D569}", xoplus: "\u2A01", xotime: "\u2A02", xrArr: "\u27F9", xrarr: "\u27F6", xscr: "\u{1D4CD}", xsqcup: "\u2A06", xuplus: "\u2A04", xutri: "\u25B3", xvee: "\u22C1", xwedge: "\u22C0", yacute: "\xFD", yacy: "\u044F", ycirc: "\u0177", ycy: "\u044B", yen: "\xA5", yfr: "\u{1D536}", yicy: "\u0457", yopf: "\u{1D56A}", yscr: "\u{1D4CE}", yucy: "\u044E", yuml: "\xFF", zacute: "\u017A", zcaron: "\u017E", zcy: "\u0437", zdot: "\u017C", zeetrf: "\u2128", zeta: "\u03B6", zfr: "\u{1D537}", zhcy: "\u0436", zigrarr: "\u21DD", zopf: "\u{1D56B}", zscr: "\u{1D4CF}", zwj: "\u200D", zwnj: "\u200C" };
var qm = {}.hasOwnProperty;
function St2(e) {
  return qm.call(ti2, e) ? ti2[e] : false;
}
function oe2(e, t, r, n) {
  let i = e.length, u = 0, a;
  if (t < 0 ? t = -t > i ? 0 : i + t : t = t > i ? i : t, r = r > 0 ? r : 0, n.length < 1e4) a = Array.from(n), a.unshift(t, r), e.splice(...a);
  else for (r && e.splice(t, r); u < n.length; ) a = n.slice(u, u + 1e4), a.unshift(t, 0), e.splice(...a), u += 1e4, t += 1e4;
}
function he2(e, t) {
  return e.length > 0 ? (oe2(e, e.length, 0, t), e) : t;
}
var Iu2 = {}.hasOwnProperty;
function Ur2(e) {
  let t = {}, r = -1;
  for (; ++r < e.length; ) Bm(t, e[r]);
  return t;
}
function Bm(e, t) {
  let r;
  for (r in t) {
    let i = (Iu2.call(e, r) ? e[r] : void 0) || (e[r] = {}), u = t[r], a;
    if (u) for (a in u) {
      Iu2.call(i, a) || (i[a] = []);
      let o = u[a];
      _m(i[a], Array.isArray(o) ? o : o ? [o] : []);
    }
  }
}
function _m(e, t) {
  let r = -1, n = [];
  for (; ++r < t.length; ) (t[r].add === "after" ? e : n).push(t[r]);
  oe2(e, 0, 0, n);
}
function Hr2(e, t) {
  let r = Number.parseInt(e, t);
  return r < 9 || r === 11 || r > 13 && r < 32 || r > 126 && r < 160 || r > 55295 && r < 57344 || r > 64975 && r < 65008 || (r & 65535) === 65535 || (r & 65535) === 65534 || r > 1114111 ? "\uFFFD" : String.fromCodePoint(r);
}
function ce2(e) {
  return e.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}
var X2 = at2(/[A-Za-z]/);
var ee2 = at2(/[\dA-Za-z]/);
var qu2 = at2(/[#-'*+\--9=?A-Z^-~]/);
function Dt2(e) {
  return e !== null && (e < 32 || e === 127);
}
var rr2 = at2(/\d/);
var Bu2 = at2(/[\dA-Fa-f]/);
var _u2 = at2(/[!-/:-@[-`{-~]/);
function B2(e) {
  return e !== null && e < -2;
}
function G2(e) {
  return e !== null && (e < 0 || e === 32);
}
function U2(e) {
  return e === -2 || e === -1 || e === 32;
}
var gt2 = at2(new RegExp("\\p{P}|\\p{S}", "u"));
var Be2 = at2(/\s/);
function at2(e) {
  return t;
  function t(r) {
    return r !== null && r > -1 && e.test(String.fromCharCode(r));
  }
}
function H2(e, t, r, n) {
  let i = n ? n - 1 : 1 / 0, u = 0;
  return a;
  function a(s) {
    return U2(s) ? (e.enter(r), o(s)) : t(s);
  }
  function o(s) {
    return U2(s) && u++ < i ? (e.consume(s), o) : (e.exit(r), t(s));
  }
}
function ri2(e, t, r, n, i, u) {
  let a = 0;
  return o;
  function o(l) {
    return u > 0 && U2(l) ? (e.enter(n), s(l)) : c(l);
  }
  function s(l) {
    return U2(l) && a < u ? (e.consume(l), a++, s) : (e.exit(n), c(l));
  }
  function c(l) {
    return a >= i ? t(l) : r(l);
  }
}
var Pu2 = { tokenize: Pm };
function Pm(e) {
  let t = e.attempt(this.parser.constructs.contentInitial, n, i), r;
  return t;
  function n(o) {
    if (o === null) {
      e.consume(o);
      return;
    }
    return e.enter("lineEnding"), e.consume(o), e.exit("lineEnding"), H2(e, t, "linePrefix");
  }
  function i(o) {
    return e.enter("paragraph"), u(o);
  }
  function u(o) {
    let s = e.enter("chunkText", { contentType: "text", previous: r });
    return r && (r.next = s), r = s, a(o);
  }
  function a(o) {
    if (o === null) {
      e.exit("chunkText"), e.exit("paragraph"), e.consume(o);
      return;
    }
    return B2(o) ? (e.consume(o), e.exit("chunkText"), u) : (e.consume(o), a);
  }
}
var Ve2 = class {
  constructor() {
    this.index = /* @__PURE__ */ new Map(), this.map = [];
  }
  add(t, r, n) {
    Nu2(this, t, r, n, false);
  }
  addBefore(t, r, n) {
    Nu2(this, t, r, n, true);
  }
  consume(t) {
    if (this.map.sort(function(u, a) {
      return u[0] - a[0];
    }), this.map.length === 0) return;
    let r = this.map.length, n = [];
    for (; r > 0; ) r -= 1, n.push(t.slice(this.map[r][0] + this.map[r][1]), this.map[r][2]), t.length = this.map[r][0];
    n.push(t.slice()), t.length = 0;
    let i = n.pop();
    for (; i; ) {
      for (let u of i) t.push(u);
      i = n.pop();
    }
    this.map.length = 0, this.index.clear();
  }
};
function Nu2(e, t, r, n, i) {
  if (r === 0 && n.length === 0) return;
  let u = e.index.get(t);
  if (u) {
    u[1] += r, i ? (n.push(...u[2]), u[2] = n) : u[2].push(...n);
    return;
  }
  let a = [t, r, n];
  e.map.push(a), e.index.set(t, a);
}
var Ru = { tokenize: Nm };
var Ou2 = { tokenize: Om };
function Nm(e) {
  let t = this, r = [], n = 0, i, u, a;
  return o;
  function o(w2) {
    if (n < r.length) {
      let T2 = r[n];
      return t.containerState = T2[1], e.attempt(T2[0].continuation, s, c)(w2);
    }
    return c(w2);
  }
  function s(w2) {
    if (n++, t.containerState._closeFlow) {
      t.containerState._closeFlow = void 0, i && F();
      let T2 = t.events.length, C = T2, D;
      for (; C--; ) if (t.events[C][0] === "exit" && t.events[C][1].type === "chunkFlow") {
        D = t.events[C][1].end;
        break;
      }
      x(n);
      let v2 = T2;
      for (; v2 < t.events.length; ) t.events[v2][1].end = { ...D }, v2++;
      let L2 = new Ve2();
      return L2.add(C + 1, 0, t.events.slice(T2)), L2.add(T2, v2 - T2, []), L2.consume(t.events), c(w2);
    }
    return o(w2);
  }
  function c(w2) {
    if (n === r.length) {
      if (!i) return p(w2);
      if (i.currentConstruct && i.currentConstruct.concrete) return d(w2);
      t.interrupt = !!(i.currentConstruct && !i._gfmTableDynamicInterruptHack);
    }
    return t.containerState = {}, e.check(Ou2, l, f)(w2);
  }
  function l(w2) {
    return i && F(), x(n), p(w2);
  }
  function f(w2) {
    return t.parser.lazy[t.now().line] = n !== r.length, a = t.now().offset, d(w2);
  }
  function p(w2) {
    return t.containerState = {}, e.attempt(Ou2, m, d)(w2);
  }
  function m(w2) {
    return n++, r.push([t.currentConstruct, t.containerState]), p(w2);
  }
  function d(w2) {
    if (w2 === null) {
      i && F(), x(0), e.consume(w2);
      return;
    }
    return i = i || t.parser.flow(t.now()), e.enter("chunkFlow", { _tokenizer: i, contentType: "flow", previous: u }), k2(w2);
  }
  function k2(w2) {
    if (w2 === null) {
      g(e.exit("chunkFlow"), true), x(0), e.consume(w2);
      return;
    }
    return B2(w2) ? (e.consume(w2), g(e.exit("chunkFlow")), n = 0, t.interrupt = void 0, o) : (e.consume(w2), k2);
  }
  function g(w2, T2) {
    let C = t.sliceStream(w2);
    if (T2 && C.push(null), w2.previous = u, u && (u.next = w2), u = w2, i.defineSkip(w2.start), i.write(C), t.parser.lazy[w2.start.line]) {
      let D = i.events.length;
      for (; D--; ) if (i.events[D][1].start.offset < a && (!i.events[D][1].end || i.events[D][1].end.offset > a)) return;
      let v2 = t.events.length, L2 = v2, y2, E;
      for (; L2--; ) if (t.events[L2][0] === "exit" && t.events[L2][1].type === "chunkFlow") {
        if (y2) {
          E = t.events[L2][1].end;
          break;
        }
        y2 = true;
      }
      for (x(n), D = v2; D < t.events.length; ) t.events[D][1].end = { ...E }, D++;
      let I2 = new Ve2();
      I2.add(L2 + 1, 0, t.events.slice(v2)), I2.add(v2, D - v2, []), I2.consume(t.events);
    }
  }
  function x(w2) {
    let T2 = r.length;
    for (; T2-- > w2; ) {
      let C = r[T2];
      t.containerState = C[1], C[0].exit.call(t, e);
    }
    r.length = w2;
  }
  function F() {
    i.write([null]), u = void 0, i = void 0, t.containerState._closeFlow = void 0;
  }
}
function Om(e, t, r) {
  return H2(e, e.attempt(this.parser.constructs.document, t, r), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}
function Lt2(e) {
  if (e === null || G2(e) || Be2(e)) return 1;
  if (gt2(e)) return 2;
}
function ut2(e, t, r) {
  let n = [], i = -1;
  for (; ++i < e.length; ) {
    let u = e[i].resolveAll;
    u && !n.includes(u) && (t = u(t, r), n.push(u));
  }
  return t;
}
var nr2 = { name: "attention", resolveAll: Rm, tokenize: Mm };
function Rm(e, t) {
  let r = -1, n;
  for (; ++r < e.length; ) if (e[r][0] === "enter" && e[r][1].type === "attentionSequence" && e[r][1]._close) {
    let i = r;
    for (; i--; ) if (e[i][0] === "exit" && e[i][1].type === "attentionSequence" && e[i][1]._open && t.sliceSerialize(e[i][1]).charCodeAt(0) === t.sliceSerialize(e[r][1]).charCodeAt(0)) {
      if ((e[i][1]._close || e[r][1]._open) && (e[r][1].end.offset - e[r][1].start.offset) % 3 && !((e[i][1].end.offset - e[i][1].start.offset + e[r][1].end.offset - e[r][1].start.offset) % 3)) continue;
      let u = e[i][1].end.offset - e[i][1].start.offset > 1 && e[r][1].end.offset - e[r][1].start.offset > 1 ? 2 : 1, a = { ...e[i][1].end }, o = { ...e[r][1].start };
      Mu2(a, -u), Mu2(o, u);
      let s = { type: u > 1 ? "strongSequence" : "emphasisSequence", start: a, end: { ...e[i][1].end } }, c = { type: u > 1 ? "strongSequence" : "emphasisSequence", start: { ...e[r][1].start }, end: o }, l = { type: u > 1 ? "strongText" : "emphasisText", start: { ...e[i][1].end }, end: { ...e[r][1].start } }, f = { type: u > 1 ? "strong" : "emphasis", start: { ...s.start }, end: { ...c.end } };
      e[i][1].end = { ...s.start }, e[r][1].start = { ...c.end }, n = [], e[i][1].end.offset - e[i][1].start.offset && (n = he2(n, [["enter", e[i][1], t], ["exit", e[i][1], t]])), n = he2(n, [["enter", f, t], ["enter", s, t], ["exit", s, t], ["enter", l, t]]), n = he2(n, ut2(t.parser.constructs.insideSpan.null, e.slice(i + 1, r), t)), n = he2(n, [["exit", l, t], ["enter", c, t], ["exit", c, t], ["exit", f, t]]);
      let p = 0;
      e[r][1].end.offset - e[r][1].start.offset && (p = 2, n = he2(n, [["enter", e[r][1], t], ["exit", e[r][1], t]])), oe2(e, i - 1, r - i + 3, n), r = i + n.length - p - 2;
      break;
    }
  }
  for (r = -1; ++r < e.length; ) e[r][1].type === "attentionSequence" && (e[r][1].type = "data");
  return e;
}
function Mm(e, t) {
  let r = this.parser.constructs.attentionMarkers.null, n = this.previous, i = Lt2(n), u;
  return a;
  function a(s) {
    return u = s, e.enter("attentionSequence"), o(s);
  }
  function o(s) {
    if (s === u) return e.consume(s), o;
    let c = e.exit("attentionSequence"), l = Lt2(s), f = !l || l === 2 && i || r.includes(s) && s !== 42 && s !== 95, p = !i || i === 2 && l || r.includes(n) && n !== 42 && n !== 95;
    return c._open = !!(u === 42 ? f : f && (i || !p)), c._close = !!(u === 42 ? p : p && (l || !f)), t(s);
  }
}
function Mu2(e, t) {
  e.column += t, e.offset += t, e._bufferIndex += t;
}
var ni2 = { name: "autolink", tokenize: zm };
function zm(e, t, r) {
  let n = 0;
  return i;
  function i(m) {
    return e.enter("autolink"), e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.enter("autolinkProtocol"), u;
  }
  function u(m) {
    return X2(m) ? (e.consume(m), a) : m === 64 ? r(m) : c(m);
  }
  function a(m) {
    return m === 43 || m === 45 || m === 46 || ee2(m) ? (n = 1, o(m)) : c(m);
  }
  function o(m) {
    return m === 58 ? (e.consume(m), n = 0, s) : (m === 43 || m === 45 || m === 46 || ee2(m)) && n++ < 32 ? (e.consume(m), o) : (n = 0, c(m));
  }
  function s(m) {
    return m === 62 ? (e.exit("autolinkProtocol"), e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.exit("autolink"), t) : m === null || m === 32 || m === 60 || Dt2(m) ? r(m) : (e.consume(m), s);
  }
  function c(m) {
    return m === 64 ? (e.consume(m), l) : qu2(m) ? (e.consume(m), c) : r(m);
  }
  function l(m) {
    return ee2(m) ? f(m) : r(m);
  }
  function f(m) {
    return m === 46 ? (e.consume(m), n = 0, l) : m === 62 ? (e.exit("autolinkProtocol").type = "autolinkEmail", e.enter("autolinkMarker"), e.consume(m), e.exit("autolinkMarker"), e.exit("autolink"), t) : p(m);
  }
  function p(m) {
    if ((m === 45 || ee2(m)) && n++ < 63) {
      let d = m === 45 ? p : f;
      return e.consume(m), d;
    }
    return r(m);
  }
}
var _e2 = { partial: true, tokenize: Um };
function Um(e, t, r) {
  return n;
  function n(u) {
    return U2(u) ? H2(e, i, "linePrefix")(u) : i(u);
  }
  function i(u) {
    return u === null || B2(u) ? t(u) : r(u);
  }
}
var Vr2 = { continuation: { tokenize: Vm }, exit: Gm, name: "blockQuote", tokenize: Hm };
function Hm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    if (a === 62) {
      let o = n.containerState;
      return o.open || (e.enter("blockQuote", { _container: true }), o.open = true), e.enter("blockQuotePrefix"), e.enter("blockQuoteMarker"), e.consume(a), e.exit("blockQuoteMarker"), u;
    }
    return r(a);
  }
  function u(a) {
    return U2(a) ? (e.enter("blockQuotePrefixWhitespace"), e.consume(a), e.exit("blockQuotePrefixWhitespace"), e.exit("blockQuotePrefix"), t) : (e.exit("blockQuotePrefix"), t(a));
  }
}
function Vm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return U2(a) ? H2(e, u, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(a) : u(a);
  }
  function u(a) {
    return e.attempt(Vr2, t, r)(a);
  }
}
function Gm(e) {
  e.exit("blockQuote");
}
var Gr2 = { name: "characterEscape", tokenize: jm };
function jm(e, t, r) {
  return n;
  function n(u) {
    return e.enter("characterEscape"), e.enter("escapeMarker"), e.consume(u), e.exit("escapeMarker"), i;
  }
  function i(u) {
    return _u2(u) ? (e.enter("characterEscapeValue"), e.consume(u), e.exit("characterEscapeValue"), e.exit("characterEscape"), t) : r(u);
  }
}
var jr2 = { name: "characterReference", tokenize: Wm };
function Wm(e, t, r) {
  let n = this, i = 0, u, a;
  return o;
  function o(f) {
    return e.enter("characterReference"), e.enter("characterReferenceMarker"), e.consume(f), e.exit("characterReferenceMarker"), s;
  }
  function s(f) {
    return f === 35 ? (e.enter("characterReferenceMarkerNumeric"), e.consume(f), e.exit("characterReferenceMarkerNumeric"), c) : (e.enter("characterReferenceValue"), u = 31, a = ee2, l(f));
  }
  function c(f) {
    return f === 88 || f === 120 ? (e.enter("characterReferenceMarkerHexadecimal"), e.consume(f), e.exit("characterReferenceMarkerHexadecimal"), e.enter("characterReferenceValue"), u = 6, a = Bu2, l) : (e.enter("characterReferenceValue"), u = 7, a = rr2, l(f));
  }
  function l(f) {
    if (f === 59 && i) {
      let p = e.exit("characterReferenceValue");
      return a === ee2 && !St2(n.sliceSerialize(p)) ? r(f) : (e.enter("characterReferenceMarker"), e.consume(f), e.exit("characterReferenceMarker"), e.exit("characterReference"), t);
    }
    return a(f) && i++ < u ? (e.consume(f), l) : r(f);
  }
}
var ir2 = { partial: true, tokenize: Ym };
function Ym(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a === null ? r(a) : (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), u);
  }
  function u(a) {
    return n.parser.lazy[n.now().line] ? r(a) : t(a);
  }
}
var Wr2 = { concrete: true, name: "codeFenced", tokenize: $m };
function $m(e, t, r) {
  let n = this, i = { partial: true, tokenize: C }, u = 0, a = 0, o;
  return s;
  function s(D) {
    return c(D);
  }
  function c(D) {
    let v2 = n.events[n.events.length - 1];
    return u = v2 && v2[1].type === "linePrefix" ? v2[2].sliceSerialize(v2[1], true).length : 0, o = D, e.enter("codeFenced"), e.enter("codeFencedFence"), e.enter("codeFencedFenceSequence"), l(D);
  }
  function l(D) {
    return D === o ? (a++, e.consume(D), l) : a < 3 ? r(D) : (e.exit("codeFencedFenceSequence"), U2(D) ? H2(e, f, "whitespace")(D) : f(D));
  }
  function f(D) {
    return D === null || B2(D) ? (e.exit("codeFencedFence"), n.interrupt ? t(D) : e.check(ir2, k2, T2)(D)) : (e.enter("codeFencedFenceInfo"), e.enter("chunkString", { contentType: "string" }), p(D));
  }
  function p(D) {
    return D === null || B2(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceInfo"), f(D)) : U2(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceInfo"), H2(e, m, "whitespace")(D)) : D === 96 && D === o ? r(D) : (e.consume(D), p);
  }
  function m(D) {
    return D === null || B2(D) ? f(D) : (e.enter("codeFencedFenceMeta"), e.enter("chunkString", { contentType: "string" }), d(D));
  }
  function d(D) {
    return D === null || B2(D) ? (e.exit("chunkString"), e.exit("codeFencedFenceMeta"), f(D)) : D === 96 && D === o ? r(D) : (e.consume(D), d);
  }
  function k2(D) {
    return e.attempt(i, T2, g)(D);
  }
  function g(D) {
    return e.enter("lineEnding"), e.consume(D), e.exit("lineEnding"), x;
  }
  function x(D) {
    return u > 0 && U2(D) ? H2(e, F, "linePrefix", u + 1)(D) : F(D);
  }
  function F(D) {
    return D === null || B2(D) ? e.check(ir2, k2, T2)(D) : (e.enter("codeFlowValue"), w2(D));
  }
  function w2(D) {
    return D === null || B2(D) ? (e.exit("codeFlowValue"), F(D)) : (e.consume(D), w2);
  }
  function T2(D) {
    return e.exit("codeFenced"), t(D);
  }
  function C(D, v2, L2) {
    let y2 = 0;
    return E;
    function E(N) {
      return D.enter("lineEnding"), D.consume(N), D.exit("lineEnding"), I2;
    }
    function I2(N) {
      return D.enter("codeFencedFence"), U2(N) ? H2(D, q, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(N) : q(N);
    }
    function q(N) {
      return N === o ? (D.enter("codeFencedFenceSequence"), S2(N)) : L2(N);
    }
    function S2(N) {
      return N === o ? (y2++, D.consume(N), S2) : y2 >= a ? (D.exit("codeFencedFenceSequence"), U2(N) ? H2(D, z2, "whitespace")(N) : z2(N)) : L2(N);
    }
    function z2(N) {
      return N === null || B2(N) ? (D.exit("codeFencedFence"), v2(N)) : L2(N);
    }
  }
}
var ar2 = { name: "codeIndented", tokenize: Qm };
var Km = { partial: true, tokenize: Xm };
function Qm(e, t, r) {
  return n;
  function n(o) {
    return e.enter("codeIndented"), ri2(e, i, r, "linePrefix", 4, 4)(o);
  }
  function i(o) {
    return o === null ? a(o) : B2(o) ? e.attempt(Km, i, a)(o) : (e.enter("codeFlowValue"), u(o));
  }
  function u(o) {
    return o === null || B2(o) ? (e.exit("codeFlowValue"), i(o)) : (e.consume(o), u);
  }
  function a(o) {
    return e.exit("codeIndented"), t(o);
  }
}
function Xm(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return n.parser.lazy[n.now().line] ? r(a) : B2(a) ? (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), i) : ri2(e, t, u, "linePrefix", 4, 4)(a);
  }
  function u(a) {
    return B2(a) ? i(a) : r(a);
  }
}
var ii2 = { name: "codeText", previous: Zm, resolve: Jm, tokenize: ed };
function Jm(e) {
  let t = e.length - 4, r = 3, n, i;
  if ((e[r][1].type === "lineEnding" || e[r][1].type === "space") && (e[t][1].type === "lineEnding" || e[t][1].type === "space")) {
    for (n = r; ++n < t; ) if (e[n][1].type === "codeTextData") {
      e[r][1].type = "codeTextPadding", e[t][1].type = "codeTextPadding", r += 2, t -= 2;
      break;
    }
  }
  for (n = r - 1, t++; ++n <= t; ) i === void 0 ? n !== t && e[n][1].type !== "lineEnding" && (i = n) : (n === t || e[n][1].type === "lineEnding") && (e[i][1].type = "codeTextData", n !== i + 2 && (e[i][1].end = e[n - 1][1].end, e.splice(i + 2, n - i - 2), t -= n - i - 2, n = i + 2), i = void 0);
  return e;
}
function Zm(e) {
  return e !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function ed(e, t, r) {
  let n = this, i = 0, u, a;
  return o;
  function o(p) {
    return e.enter("codeText"), e.enter("codeTextSequence"), s(p);
  }
  function s(p) {
    return p === 96 ? (e.consume(p), i++, s) : (e.exit("codeTextSequence"), c(p));
  }
  function c(p) {
    return p === null ? r(p) : p === 32 ? (e.enter("space"), e.consume(p), e.exit("space"), c) : p === 96 ? (a = e.enter("codeTextSequence"), u = 0, f(p)) : B2(p) ? (e.enter("lineEnding"), e.consume(p), e.exit("lineEnding"), c) : (e.enter("codeTextData"), l(p));
  }
  function l(p) {
    return p === null || p === 32 || p === 96 || B2(p) ? (e.exit("codeTextData"), c(p)) : (e.consume(p), l);
  }
  function f(p) {
    return p === 96 ? (e.consume(p), u++, f) : u === i ? (e.exit("codeTextSequence"), e.exit("codeText"), t(p)) : (a.type = "codeTextData", l(p));
  }
}
var Yr2 = class {
  constructor(t) {
    this.left = t ? [...t] : [], this.right = [];
  }
  get(t) {
    if (t < 0 || t >= this.left.length + this.right.length) throw new RangeError("Cannot access index `" + t + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    return t < this.left.length ? this.left[t] : this.right[this.right.length - t + this.left.length - 1];
  }
  get length() {
    return this.left.length + this.right.length;
  }
  shift() {
    return this.setCursor(0), this.right.pop();
  }
  slice(t, r) {
    let n = r ?? Number.POSITIVE_INFINITY;
    return n < this.left.length ? this.left.slice(t, n) : t > this.left.length ? this.right.slice(this.right.length - n + this.left.length, this.right.length - t + this.left.length).reverse() : this.left.slice(t).concat(this.right.slice(this.right.length - n + this.left.length).reverse());
  }
  splice(t, r, n) {
    let i = r || 0;
    this.setCursor(Math.trunc(t));
    let u = this.right.splice(this.right.length - i, Number.POSITIVE_INFINITY);
    return n && ur2(this.left, n), u.reverse();
  }
  pop() {
    return this.setCursor(Number.POSITIVE_INFINITY), this.left.pop();
  }
  push(t) {
    this.setCursor(Number.POSITIVE_INFINITY), this.left.push(t);
  }
  pushMany(t) {
    this.setCursor(Number.POSITIVE_INFINITY), ur2(this.left, t);
  }
  unshift(t) {
    this.setCursor(0), this.right.push(t);
  }
  unshiftMany(t) {
    this.setCursor(0), ur2(this.right, t.reverse());
  }
  setCursor(t) {
    if (!(t === this.left.length || t > this.left.length && this.right.length === 0 || t < 0 && this.left.length === 0)) if (t < this.left.length) {
      let r = this.left.splice(t, Number.POSITIVE_INFINITY);
      ur2(this.right, r.reverse());
    } else {
      let r = this.right.splice(this.left.length + this.right.length - t, Number.POSITIVE_INFINITY);
      ur2(this.left, r.reverse());
    }
  }
};
function ur2(e, t) {
  let r = 0;
  if (t.length < 1e4) e.push(...t);
  else for (; r < t.length; ) e.push(...t.slice(r, r + 1e4)), r += 1e4;
}
function $r2(e) {
  let t = {}, r = -1, n, i, u, a, o, s, c, l = new Yr2(e);
  for (; ++r < l.length; ) {
    for (; r in t; ) r = t[r];
    if (n = l.get(r), r && n[1].type === "chunkFlow" && l.get(r - 1)[1].type === "listItemPrefix" && (s = n[1]._tokenizer.events, u = 0, u < s.length && s[u][1].type === "lineEndingBlank" && (u += 2), u < s.length && s[u][1].type === "content")) for (; ++u < s.length && s[u][1].type !== "content"; ) s[u][1].type === "chunkText" && (s[u][1]._isInFirstContentOfListItem = true, u++);
    if (n[0] === "enter") n[1].contentType && (Object.assign(t, td(l, r)), r = t[r], c = true);
    else if (n[1]._container) {
      for (u = r, i = void 0; u--; ) if (a = l.get(u), a[1].type === "lineEnding" || a[1].type === "lineEndingBlank") a[0] === "enter" && (i && (l.get(i)[1].type = "lineEndingBlank"), a[1].type = "lineEnding", i = u);
      else if (!(a[1].type === "linePrefix" || a[1].type === "listItemIndent")) break;
      i && (n[1].end = { ...l.get(i)[1].start }, o = l.slice(i, r), o.unshift(n), l.splice(i, r - i + 1, o));
    }
  }
  return oe2(e, 0, Number.POSITIVE_INFINITY, l.slice(0)), !c;
}
function td(e, t) {
  let r = e.get(t)[1], n = e.get(t)[2], i = t - 1, u = [], a = r._tokenizer;
  a || (a = n.parser[r.contentType](r.start), r._contentTypeTextTrailing && (a._contentTypeTextTrailing = true));
  let o = a.events, s = [], c = {}, l, f, p = -1, m = r, d = 0, k2 = 0, g = [k2];
  for (; m; ) {
    for (; e.get(++i)[1] !== m; ) ;
    u.push(i), m._tokenizer || (l = n.sliceStream(m), m.next || l.push(null), f && a.defineSkip(m.start), m._isInFirstContentOfListItem && (a._gfmTasklistFirstContentOfListItem = true), a.write(l), m._isInFirstContentOfListItem && (a._gfmTasklistFirstContentOfListItem = void 0)), f = m, m = m.next;
  }
  for (m = r; ++p < o.length; ) o[p][0] === "exit" && o[p - 1][0] === "enter" && o[p][1].type === o[p - 1][1].type && o[p][1].start.line !== o[p][1].end.line && (k2 = p + 1, g.push(k2), m._tokenizer = void 0, m.previous = void 0, m = m.next);
  for (a.events = [], m ? (m._tokenizer = void 0, m.previous = void 0) : g.pop(), p = g.length; p--; ) {
    let x = o.slice(g[p], g[p + 1]), F = u.pop();
    s.push([F, F + x.length - 1]), e.splice(F, 2, x);
  }
  for (s.reverse(), p = -1; ++p < s.length; ) c[d + s[p][0]] = d + s[p][1], d += s[p][1] - s[p][0] - 1;
  return c;
}
var ai2 = { resolve: nd, tokenize: id };
var rd = { partial: true, tokenize: ad };
function nd(e) {
  return $r2(e), e;
}
function id(e, t) {
  let r;
  return n;
  function n(o) {
    return e.enter("content"), r = e.enter("chunkContent", { contentType: "content" }), i(o);
  }
  function i(o) {
    return o === null ? u(o) : B2(o) ? e.check(rd, a, u)(o) : (e.consume(o), i);
  }
  function u(o) {
    return e.exit("chunkContent"), e.exit("content"), t(o);
  }
  function a(o) {
    return e.consume(o), e.exit("chunkContent"), r.next = e.enter("chunkContent", { contentType: "content", previous: r }), r = r.next, i;
  }
}
function ad(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return e.exit("chunkContent"), e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), H2(e, u, "linePrefix");
  }
  function u(a) {
    if (a === null || B2(a)) return r(a);
    let o = n.events[n.events.length - 1];
    return !n.parser.constructs.disable.null.includes("codeIndented") && o && o[1].type === "linePrefix" && o[2].sliceSerialize(o[1], true).length >= 4 ? t(a) : e.interrupt(n.parser.constructs.flow, r, t)(a);
  }
}
function Kr2(e, t, r, n, i, u, a, o, s) {
  let c = s || Number.POSITIVE_INFINITY, l = 0;
  return f;
  function f(x) {
    return x === 60 ? (e.enter(n), e.enter(i), e.enter(u), e.consume(x), e.exit(u), p) : x === null || x === 32 || x === 41 || Dt2(x) ? r(x) : (e.enter(n), e.enter(a), e.enter(o), e.enter("chunkString", { contentType: "string" }), k2(x));
  }
  function p(x) {
    return x === 62 ? (e.enter(u), e.consume(x), e.exit(u), e.exit(i), e.exit(n), t) : (e.enter(o), e.enter("chunkString", { contentType: "string" }), m(x));
  }
  function m(x) {
    return x === 62 ? (e.exit("chunkString"), e.exit(o), p(x)) : x === null || x === 60 || B2(x) ? r(x) : (e.consume(x), x === 92 ? d : m);
  }
  function d(x) {
    return x === 60 || x === 62 || x === 92 ? (e.consume(x), m) : m(x);
  }
  function k2(x) {
    return !l && (x === null || x === 41 || G2(x)) ? (e.exit("chunkString"), e.exit(o), e.exit(a), e.exit(n), t(x)) : l < c && x === 40 ? (e.consume(x), l++, k2) : x === 41 ? (e.consume(x), l--, k2) : x === null || x === 32 || x === 40 || Dt2(x) ? r(x) : (e.consume(x), x === 92 ? g : k2);
  }
  function g(x) {
    return x === 40 || x === 41 || x === 92 ? (e.consume(x), k2) : k2(x);
  }
}
function Qr2(e, t, r, n, i, u) {
  let a = this, o = 0, s;
  return c;
  function c(m) {
    return e.enter(n), e.enter(i), e.consume(m), e.exit(i), e.enter(u), l;
  }
  function l(m) {
    return o > 999 || m === null || m === 91 || m === 93 && !s || m === 94 && !o && "_hiddenFootnoteSupport" in a.parser.constructs ? r(m) : m === 93 ? (e.exit(u), e.enter(i), e.consume(m), e.exit(i), e.exit(n), t) : B2(m) ? (e.enter("lineEnding"), e.consume(m), e.exit("lineEnding"), l) : (e.enter("chunkString", { contentType: "string" }), f(m));
  }
  function f(m) {
    return m === null || m === 91 || m === 93 || B2(m) || o++ > 999 ? (e.exit("chunkString"), l(m)) : (e.consume(m), s || (s = !U2(m)), m === 92 ? p : f);
  }
  function p(m) {
    return m === 91 || m === 92 || m === 93 ? (e.consume(m), o++, f) : f(m);
  }
}
function Xr2(e, t, r, n, i, u) {
  let a;
  return o;
  function o(p) {
    return p === 34 || p === 39 || p === 40 ? (e.enter(n), e.enter(i), e.consume(p), e.exit(i), a = p === 40 ? 41 : p, s) : r(p);
  }
  function s(p) {
    return p === a ? (e.enter(i), e.consume(p), e.exit(i), e.exit(n), t) : (e.enter(u), c(p));
  }
  function c(p) {
    return p === a ? (e.exit(u), s(a)) : p === null ? r(p) : B2(p) ? (e.enter("lineEnding"), e.consume(p), e.exit("lineEnding"), H2(e, c, "linePrefix")) : (e.enter("chunkString", { contentType: "string" }), l(p));
  }
  function l(p) {
    return p === a || p === null || B2(p) ? (e.exit("chunkString"), c(p)) : (e.consume(p), p === 92 ? f : l);
  }
  function f(p) {
    return p === a || p === 92 ? (e.consume(p), l) : l(p);
  }
}
function xt2(e, t) {
  let r;
  return n;
  function n(i) {
    return B2(i) ? (e.enter("lineEnding"), e.consume(i), e.exit("lineEnding"), r = true, n) : U2(i) ? H2(e, n, r ? "linePrefix" : "lineSuffix")(i) : t(i);
  }
}
var ui2 = { name: "definition", tokenize: od };
var ud = { partial: true, tokenize: sd };
function od(e, t, r) {
  let n = this, i;
  return u;
  function u(m) {
    return e.enter("definition"), a(m);
  }
  function a(m) {
    return Qr2.call(n, e, o, r, "definitionLabel", "definitionLabelMarker", "definitionLabelString")(m);
  }
  function o(m) {
    return i = ce2(n.sliceSerialize(n.events[n.events.length - 1][1]).slice(1, -1)), m === 58 ? (e.enter("definitionMarker"), e.consume(m), e.exit("definitionMarker"), s) : r(m);
  }
  function s(m) {
    return G2(m) ? xt2(e, c)(m) : c(m);
  }
  function c(m) {
    return Kr2(e, l, r, "definitionDestination", "definitionDestinationLiteral", "definitionDestinationLiteralMarker", "definitionDestinationRaw", "definitionDestinationString")(m);
  }
  function l(m) {
    return e.attempt(ud, f, f)(m);
  }
  function f(m) {
    return U2(m) ? H2(e, p, "whitespace")(m) : p(m);
  }
  function p(m) {
    return m === null || B2(m) ? (e.exit("definition"), n.parser.defined.push(i), t(m)) : r(m);
  }
}
function sd(e, t, r) {
  return n;
  function n(o) {
    return G2(o) ? xt2(e, i)(o) : r(o);
  }
  function i(o) {
    return Xr2(e, u, r, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(o);
  }
  function u(o) {
    return U2(o) ? H2(e, a, "whitespace")(o) : a(o);
  }
  function a(o) {
    return o === null || B2(o) ? t(o) : r(o);
  }
}
var oi2 = { name: "hardBreakEscape", tokenize: ld };
function ld(e, t, r) {
  return n;
  function n(u) {
    return e.enter("hardBreakEscape"), e.consume(u), i;
  }
  function i(u) {
    return B2(u) ? (e.exit("hardBreakEscape"), t(u)) : r(u);
  }
}
var si2 = { name: "headingAtx", resolve: cd, tokenize: fd };
function cd(e, t) {
  let r = e.length - 2, n = 3;
  if (e[n][1].type === "whitespace" && (n += 2), r - 2 > n && e[r][1].type === "whitespace" && (r -= 2), e[r][1].type === "atxHeadingSequence" && (n === r - 1 || r - 4 > n && e[r - 2][1].type === "whitespace") && (r -= n + 1 === r ? 2 : 4), r > n) {
    let i = { type: "atxHeadingText", start: e[n][1].start, end: e[r][1].end }, u = { type: "chunkText", start: e[n][1].start, end: e[r][1].end, contentType: "text" };
    oe2(e, n, r - n + 1, [["enter", i, t], ["enter", u, t], ["exit", u, t], ["exit", i, t]]);
  }
  return e;
}
function fd(e, t, r) {
  let n = 0;
  return i;
  function i(l) {
    return e.enter("atxHeading"), u(l);
  }
  function u(l) {
    return e.enter("atxHeadingSequence"), a(l);
  }
  function a(l) {
    return l === 35 && n++ < 6 ? (e.consume(l), a) : l === null || G2(l) ? (e.exit("atxHeadingSequence"), o(l)) : r(l);
  }
  function o(l) {
    return l === 35 ? (e.enter("atxHeadingSequence"), s(l)) : l === null || B2(l) ? (e.exit("atxHeading"), t(l)) : U2(l) ? H2(e, o, "whitespace")(l) : (e.enter("atxHeadingText"), c(l));
  }
  function s(l) {
    return l === 35 ? (e.consume(l), s) : (e.exit("atxHeadingSequence"), o(l));
  }
  function c(l) {
    return l === null || l === 35 || G2(l) ? (e.exit("atxHeadingText"), o(l)) : (e.consume(l), c);
  }
}
var zu2 = ["address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul"];
var li2 = ["pre", "script", "style", "textarea"];
var ci2 = { concrete: true, name: "htmlFlow", resolveTo: hd, tokenize: md };
var pd = { partial: true, tokenize: dd };
function hd(e) {
  let t = e.length;
  for (; t-- && !(e[t][0] === "enter" && e[t][1].type === "htmlFlow"); ) ;
  return t > 1 && e[t - 2][1].type === "linePrefix" && (e[t][1].start = e[t - 2][1].start, e[t + 1][1].start = e[t - 2][1].start, e.splice(t - 2, 2)), e;
}
function md(e, t, r) {
  let n = this, i, u, a, o, s;
  return c;
  function c(b2) {
    return l(b2);
  }
  function l(b2) {
    return e.enter("htmlFlow"), e.enter("htmlFlowData"), e.consume(b2), f;
  }
  function f(b2) {
    return b2 === 33 ? (e.consume(b2), p) : b2 === 47 ? (e.consume(b2), u = true, k2) : b2 === 63 ? (e.consume(b2), i = 3, n.interrupt ? t : h2) : X2(b2) ? (e.consume(b2), a = String.fromCharCode(b2), g) : r(b2);
  }
  function p(b2) {
    return b2 === 45 ? (e.consume(b2), i = 2, m) : b2 === 91 ? (e.consume(b2), i = 5, o = 0, d) : X2(b2) ? (e.consume(b2), i = 4, n.interrupt ? t : h2) : r(b2);
  }
  function m(b2) {
    return b2 === 45 ? (e.consume(b2), n.interrupt ? t : h2) : r(b2);
  }
  function d(b2) {
    let te2 = "CDATA[";
    return b2 === te2.charCodeAt(o++) ? (e.consume(b2), o === te2.length ? n.interrupt ? t : q : d) : r(b2);
  }
  function k2(b2) {
    return X2(b2) ? (e.consume(b2), a = String.fromCharCode(b2), g) : r(b2);
  }
  function g(b2) {
    if (b2 === null || b2 === 47 || b2 === 62 || G2(b2)) {
      let te2 = b2 === 47, pe2 = a.toLowerCase();
      return !te2 && !u && li2.includes(pe2) ? (i = 1, n.interrupt ? t(b2) : q(b2)) : zu2.includes(a.toLowerCase()) ? (i = 6, te2 ? (e.consume(b2), x) : n.interrupt ? t(b2) : q(b2)) : (i = 7, n.interrupt && !n.parser.lazy[n.now().line] ? r(b2) : u ? F(b2) : w2(b2));
    }
    return b2 === 45 || ee2(b2) ? (e.consume(b2), a += String.fromCharCode(b2), g) : r(b2);
  }
  function x(b2) {
    return b2 === 62 ? (e.consume(b2), n.interrupt ? t : q) : r(b2);
  }
  function F(b2) {
    return U2(b2) ? (e.consume(b2), F) : E(b2);
  }
  function w2(b2) {
    return b2 === 47 ? (e.consume(b2), E) : b2 === 58 || b2 === 95 || X2(b2) ? (e.consume(b2), T2) : U2(b2) ? (e.consume(b2), w2) : E(b2);
  }
  function T2(b2) {
    return b2 === 45 || b2 === 46 || b2 === 58 || b2 === 95 || ee2(b2) ? (e.consume(b2), T2) : C(b2);
  }
  function C(b2) {
    return b2 === 61 ? (e.consume(b2), D) : U2(b2) ? (e.consume(b2), C) : w2(b2);
  }
  function D(b2) {
    return b2 === null || b2 === 60 || b2 === 61 || b2 === 62 || b2 === 96 ? r(b2) : b2 === 34 || b2 === 39 ? (e.consume(b2), s = b2, v2) : U2(b2) ? (e.consume(b2), D) : L2(b2);
  }
  function v2(b2) {
    return b2 === s ? (e.consume(b2), s = null, y2) : b2 === null || B2(b2) ? r(b2) : (e.consume(b2), v2);
  }
  function L2(b2) {
    return b2 === null || b2 === 34 || b2 === 39 || b2 === 47 || b2 === 60 || b2 === 61 || b2 === 62 || b2 === 96 || G2(b2) ? C(b2) : (e.consume(b2), L2);
  }
  function y2(b2) {
    return b2 === 47 || b2 === 62 || U2(b2) ? w2(b2) : r(b2);
  }
  function E(b2) {
    return b2 === 62 ? (e.consume(b2), I2) : r(b2);
  }
  function I2(b2) {
    return b2 === null || B2(b2) ? q(b2) : U2(b2) ? (e.consume(b2), I2) : r(b2);
  }
  function q(b2) {
    return b2 === 45 && i === 2 ? (e.consume(b2), M2) : b2 === 60 && i === 1 ? (e.consume(b2), O2) : b2 === 62 && i === 4 ? (e.consume(b2), Y2) : b2 === 63 && i === 3 ? (e.consume(b2), h2) : b2 === 93 && i === 5 ? (e.consume(b2), ne2) : B2(b2) && (i === 6 || i === 7) ? (e.exit("htmlFlowData"), e.check(pd, ie2, S2)(b2)) : b2 === null || B2(b2) ? (e.exit("htmlFlowData"), S2(b2)) : (e.consume(b2), q);
  }
  function S2(b2) {
    return e.check(ir2, z2, ie2)(b2);
  }
  function z2(b2) {
    return e.enter("lineEnding"), e.consume(b2), e.exit("lineEnding"), N;
  }
  function N(b2) {
    return b2 === null || B2(b2) ? S2(b2) : (e.enter("htmlFlowData"), q(b2));
  }
  function M2(b2) {
    return b2 === 45 ? (e.consume(b2), h2) : q(b2);
  }
  function O2(b2) {
    return b2 === 47 ? (e.consume(b2), a = "", W2) : q(b2);
  }
  function W2(b2) {
    if (b2 === 62) {
      let te2 = a.toLowerCase();
      return li2.includes(te2) ? (e.consume(b2), Y2) : q(b2);
    }
    return X2(b2) && a.length < 8 ? (e.consume(b2), a += String.fromCharCode(b2), W2) : q(b2);
  }
  function ne2(b2) {
    return b2 === 93 ? (e.consume(b2), h2) : q(b2);
  }
  function h2(b2) {
    return b2 === 62 ? (e.consume(b2), Y2) : b2 === 45 && i === 2 ? (e.consume(b2), h2) : q(b2);
  }
  function Y2(b2) {
    return b2 === null || B2(b2) ? (e.exit("htmlFlowData"), ie2(b2)) : (e.consume(b2), Y2);
  }
  function ie2(b2) {
    return e.exit("htmlFlow"), t(b2);
  }
}
function dd(e, t, r) {
  return n;
  function n(i) {
    return e.enter("lineEnding"), e.consume(i), e.exit("lineEnding"), e.attempt(_e2, t, r);
  }
}
var fi2 = { name: "htmlText", tokenize: Dd };
function Dd(e, t, r) {
  let n = this, i, u, a;
  return o;
  function o(h2) {
    return e.enter("htmlText"), e.enter("htmlTextData"), e.consume(h2), s;
  }
  function s(h2) {
    return h2 === 33 ? (e.consume(h2), c) : h2 === 47 ? (e.consume(h2), C) : h2 === 63 ? (e.consume(h2), w2) : X2(h2) ? (e.consume(h2), L2) : r(h2);
  }
  function c(h2) {
    return h2 === 45 ? (e.consume(h2), l) : h2 === 91 ? (e.consume(h2), u = 0, d) : X2(h2) ? (e.consume(h2), F) : r(h2);
  }
  function l(h2) {
    return h2 === 45 ? (e.consume(h2), m) : r(h2);
  }
  function f(h2) {
    return h2 === null ? r(h2) : h2 === 45 ? (e.consume(h2), p) : B2(h2) ? (a = f, O2(h2)) : (e.consume(h2), f);
  }
  function p(h2) {
    return h2 === 45 ? (e.consume(h2), m) : f(h2);
  }
  function m(h2) {
    return h2 === 62 ? M2(h2) : h2 === 45 ? p(h2) : f(h2);
  }
  function d(h2) {
    let Y2 = "CDATA[";
    return h2 === Y2.charCodeAt(u++) ? (e.consume(h2), u === Y2.length ? k2 : d) : r(h2);
  }
  function k2(h2) {
    return h2 === null ? r(h2) : h2 === 93 ? (e.consume(h2), g) : B2(h2) ? (a = k2, O2(h2)) : (e.consume(h2), k2);
  }
  function g(h2) {
    return h2 === 93 ? (e.consume(h2), x) : k2(h2);
  }
  function x(h2) {
    return h2 === 62 ? M2(h2) : h2 === 93 ? (e.consume(h2), x) : k2(h2);
  }
  function F(h2) {
    return h2 === null || h2 === 62 ? M2(h2) : B2(h2) ? (a = F, O2(h2)) : (e.consume(h2), F);
  }
  function w2(h2) {
    return h2 === null ? r(h2) : h2 === 63 ? (e.consume(h2), T2) : B2(h2) ? (a = w2, O2(h2)) : (e.consume(h2), w2);
  }
  function T2(h2) {
    return h2 === 62 ? M2(h2) : w2(h2);
  }
  function C(h2) {
    return X2(h2) ? (e.consume(h2), D) : r(h2);
  }
  function D(h2) {
    return h2 === 45 || ee2(h2) ? (e.consume(h2), D) : v2(h2);
  }
  function v2(h2) {
    return B2(h2) ? (a = v2, O2(h2)) : U2(h2) ? (e.consume(h2), v2) : M2(h2);
  }
  function L2(h2) {
    return h2 === 45 || ee2(h2) ? (e.consume(h2), L2) : h2 === 47 || h2 === 62 || G2(h2) ? y2(h2) : r(h2);
  }
  function y2(h2) {
    return h2 === 47 ? (e.consume(h2), M2) : h2 === 58 || h2 === 95 || X2(h2) ? (e.consume(h2), E) : B2(h2) ? (a = y2, O2(h2)) : U2(h2) ? (e.consume(h2), y2) : M2(h2);
  }
  function E(h2) {
    return h2 === 45 || h2 === 46 || h2 === 58 || h2 === 95 || ee2(h2) ? (e.consume(h2), E) : I2(h2);
  }
  function I2(h2) {
    return h2 === 61 ? (e.consume(h2), q) : B2(h2) ? (a = I2, O2(h2)) : U2(h2) ? (e.consume(h2), I2) : y2(h2);
  }
  function q(h2) {
    return h2 === null || h2 === 60 || h2 === 61 || h2 === 62 || h2 === 96 ? r(h2) : h2 === 34 || h2 === 39 ? (e.consume(h2), i = h2, S2) : B2(h2) ? (a = q, O2(h2)) : U2(h2) ? (e.consume(h2), q) : (e.consume(h2), z2);
  }
  function S2(h2) {
    return h2 === i ? (e.consume(h2), i = void 0, N) : h2 === null ? r(h2) : B2(h2) ? (a = S2, O2(h2)) : (e.consume(h2), S2);
  }
  function z2(h2) {
    return h2 === null || h2 === 34 || h2 === 39 || h2 === 60 || h2 === 61 || h2 === 96 ? r(h2) : h2 === 47 || h2 === 62 || G2(h2) ? y2(h2) : (e.consume(h2), z2);
  }
  function N(h2) {
    return h2 === 47 || h2 === 62 || G2(h2) ? y2(h2) : r(h2);
  }
  function M2(h2) {
    return h2 === 62 ? (e.consume(h2), e.exit("htmlTextData"), e.exit("htmlText"), t) : r(h2);
  }
  function O2(h2) {
    return e.exit("htmlTextData"), e.enter("lineEnding"), e.consume(h2), e.exit("lineEnding"), W2;
  }
  function W2(h2) {
    return U2(h2) ? H2(e, ne2, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(h2) : ne2(h2);
  }
  function ne2(h2) {
    return e.enter("htmlTextData"), a(h2);
  }
}
var kt2 = { name: "labelEnd", resolveAll: Fd, resolveTo: bd, tokenize: Ed };
var gd = { tokenize: wd };
var xd = { tokenize: Cd };
var kd = { tokenize: yd };
function Fd(e) {
  let t = -1, r = [];
  for (; ++t < e.length; ) {
    let n = e[t][1];
    if (r.push(e[t]), n.type === "labelImage" || n.type === "labelLink" || n.type === "labelEnd") {
      let i = n.type === "labelImage" ? 4 : 2;
      n.type = "data", t += i;
    }
  }
  return e.length !== r.length && oe2(e, 0, e.length, r), e;
}
function bd(e, t) {
  let r = e.length, n = 0, i, u, a;
  for (; r--; ) {
    let l = e[r][1];
    if (i) {
      if (l.type === "link" || l.type === "labelLink" && l._inactive) break;
      e[r][0] === "enter" && l.type === "labelLink" && (l._inactive = true);
    } else if (u) {
      if (e[r][0] === "enter" && (l.type === "labelImage" || l.type === "labelLink") && !l._balanced && (i = r, l.type !== "labelLink")) {
        n = 2;
        break;
      }
    } else l.type === "labelEnd" && (u = r);
  }
  let o = { type: e[i][1].type === "labelLink" ? "link" : "image", start: { ...e[i][1].start }, end: { ...e[e.length - 1][1].end } }, s = { type: "label", start: { ...e[i][1].start }, end: { ...e[u][1].end } }, c = { type: "labelText", start: { ...e[i + n + 2][1].end }, end: { ...e[u - 2][1].start } };
  return a = [["enter", o, t], ["enter", s, t]], a = he2(a, e.slice(i + 1, i + n + 3)), a = he2(a, [["enter", c, t]]), a = he2(a, ut2(t.parser.constructs.insideSpan.null, e.slice(i + n + 4, u - 3), t)), a = he2(a, [["exit", c, t], e[u - 2], e[u - 1], ["exit", s, t]]), a = he2(a, e.slice(u + 1)), a = he2(a, [["exit", o, t]]), oe2(e, i, e.length, a), e;
}
function Ed(e, t, r) {
  let n = this, i = n._labelStarts, u, a;
  if (i) {
    for (; i.length > 0 && i[i.length - 1]._balanced; ) i.pop();
    u = i[i.length - 1];
  }
  return o;
  function o(p) {
    return u ? u._inactive ? f(p) : (a = n.parser.defined.includes(ce2(n.sliceSerialize({ start: u.end, end: n.now() }))), e.enter("labelEnd"), e.enter("labelMarker"), e.consume(p), e.exit("labelMarker"), e.exit("labelEnd"), s) : r(p);
  }
  function s(p) {
    return p === 40 ? e.attempt(gd, l, a ? l : f)(p) : p === 91 ? e.attempt(xd, l, a ? c : f)(p) : a ? l(p) : f(p);
  }
  function c(p) {
    return e.attempt(kd, l, f)(p);
  }
  function l(p) {
    return i.pop(), t(p);
  }
  function f(p) {
    return u._balanced = true, r(p);
  }
}
function wd(e, t, r) {
  return n;
  function n(f) {
    return e.enter("resource"), e.enter("resourceMarker"), e.consume(f), e.exit("resourceMarker"), i;
  }
  function i(f) {
    return G2(f) ? xt2(e, u)(f) : u(f);
  }
  function u(f) {
    return f === 41 ? l(f) : Kr2(e, a, o, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(f);
  }
  function a(f) {
    return G2(f) ? xt2(e, s)(f) : l(f);
  }
  function o(f) {
    return r(f);
  }
  function s(f) {
    return f === 34 || f === 39 || f === 40 ? Xr2(e, c, r, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(f) : l(f);
  }
  function c(f) {
    return G2(f) ? xt2(e, l)(f) : l(f);
  }
  function l(f) {
    return f === 41 ? (e.enter("resourceMarker"), e.consume(f), e.exit("resourceMarker"), e.exit("resource"), t) : r(f);
  }
}
function Cd(e, t, r) {
  let n = this;
  return i;
  function i(o) {
    return Qr2.call(n, e, u, a, "reference", "referenceMarker", "referenceString")(o);
  }
  function u(o) {
    return n.parser.defined.includes(ce2(n.sliceSerialize(n.events[n.events.length - 1][1]).slice(1, -1))) ? t(o) : r(o);
  }
  function a(o) {
    return r(o);
  }
}
function yd(e, t, r) {
  return n;
  function n(u) {
    return e.enter("reference"), e.enter("referenceMarker"), e.consume(u), e.exit("referenceMarker"), i;
  }
  function i(u) {
    return u === 93 ? (e.enter("referenceMarker"), e.consume(u), e.exit("referenceMarker"), e.exit("reference"), t) : r(u);
  }
}
var pi2 = { name: "labelStartImage", resolveAll: kt2.resolveAll, tokenize: vd };
function vd(e, t, r) {
  let n = this, i;
  return u;
  function u(s) {
    return e.enter("labelImage"), e.enter("labelImageMarker"), e.consume(s), e.exit("labelImageMarker"), a;
  }
  function a(s) {
    return s === 91 ? (e.enter("labelMarker"), e.consume(s), e.exit("labelMarker"), i = e.exit("labelImage"), o) : r(s);
  }
  function o(s) {
    return s === 94 && "_hiddenFootnoteSupport" in n.parser.constructs ? r(s) : (n._labelStarts = n._labelStarts || [], n._labelStarts.push(i), t(s));
  }
}
var hi2 = { name: "labelStartLink", resolveAll: kt2.resolveAll, tokenize: Ad };
function Ad(e, t, r) {
  let n = this, i;
  return u;
  function u(o) {
    return e.enter("labelLink"), e.enter("labelMarker"), e.consume(o), e.exit("labelMarker"), i = e.exit("labelLink"), a;
  }
  function a(o) {
    return o === 94 && "_hiddenFootnoteSupport" in n.parser.constructs ? r(o) : (n._labelStarts = n._labelStarts || [], n._labelStarts.push(i), t(o));
  }
}
var or2 = { name: "lineEnding", tokenize: Td };
function Td(e, t) {
  return r;
  function r(n) {
    return e.enter("lineEnding"), e.consume(n), e.exit("lineEnding"), H2(e, t, "linePrefix");
  }
}
var Ft2 = { name: "thematicBreak", tokenize: Sd };
function Sd(e, t, r) {
  let n = 0, i;
  return u;
  function u(c) {
    return e.enter("thematicBreak"), a(c);
  }
  function a(c) {
    return i = c, o(c);
  }
  function o(c) {
    return c === i ? (e.enter("thematicBreakSequence"), s(c)) : n >= 3 && (c === null || B2(c)) ? (e.exit("thematicBreak"), t(c)) : r(c);
  }
  function s(c) {
    return c === i ? (e.consume(c), n++, s) : (e.exit("thematicBreakSequence"), U2(c) ? H2(e, o, "whitespace")(c) : o(c));
  }
}
var fe2 = { continuation: { tokenize: Bd }, exit: Pd, name: "list", tokenize: qd };
var Ld = { partial: true, tokenize: Nd };
var Id = { partial: true, tokenize: _d };
function qd(e, t, r) {
  let n = this, i = n.events[n.events.length - 1], u = i && i[1].type === "linePrefix" ? i[2].sliceSerialize(i[1], true).length : 0, a = 0;
  return o;
  function o(m) {
    let d = n.containerState.type || (m === 42 || m === 43 || m === 45 ? "listUnordered" : "listOrdered");
    if (d === "listUnordered" ? !n.containerState.marker || m === n.containerState.marker : rr2(m)) {
      if (n.containerState.type || (n.containerState.type = d, e.enter(d, { _container: true })), d === "listUnordered") return e.enter("listItemPrefix"), m === 42 || m === 45 ? e.check(Ft2, r, c)(m) : c(m);
      if (!n.interrupt || m === 49) return e.enter("listItemPrefix"), e.enter("listItemValue"), s(m);
    }
    return r(m);
  }
  function s(m) {
    return rr2(m) && ++a < 10 ? (e.consume(m), s) : (!n.interrupt || a < 2) && (n.containerState.marker ? m === n.containerState.marker : m === 41 || m === 46) ? (e.exit("listItemValue"), c(m)) : r(m);
  }
  function c(m) {
    return e.enter("listItemMarker"), e.consume(m), e.exit("listItemMarker"), n.containerState.marker = n.containerState.marker || m, e.check(_e2, n.interrupt ? r : l, e.attempt(Ld, p, f));
  }
  function l(m) {
    return n.containerState.initialBlankLine = true, u++, p(m);
  }
  function f(m) {
    return U2(m) ? (e.enter("listItemPrefixWhitespace"), e.consume(m), e.exit("listItemPrefixWhitespace"), p) : r(m);
  }
  function p(m) {
    return n.containerState.size = u + n.sliceSerialize(e.exit("listItemPrefix"), true).length, t(m);
  }
}
function Bd(e, t, r) {
  let n = this;
  return n.containerState._closeFlow = void 0, e.check(_e2, i, u);
  function i(o) {
    return n.containerState.furtherBlankLines = n.containerState.furtherBlankLines || n.containerState.initialBlankLine, H2(e, t, "listItemIndent", n.containerState.size + 1)(o);
  }
  function u(o) {
    return n.containerState.furtherBlankLines || !U2(o) ? (n.containerState.furtherBlankLines = void 0, n.containerState.initialBlankLine = void 0, a(o)) : (n.containerState.furtherBlankLines = void 0, n.containerState.initialBlankLine = void 0, e.attempt(Id, t, a)(o));
  }
  function a(o) {
    return n.containerState._closeFlow = true, n.interrupt = void 0, H2(e, e.attempt(fe2, t, r), "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(o);
  }
}
function _d(e, t, r) {
  let n = this;
  return H2(e, i, "listItemIndent", n.containerState.size + 1);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return a && a[1].type === "listItemIndent" && a[2].sliceSerialize(a[1], true).length === n.containerState.size ? t(u) : r(u);
  }
}
function Pd(e) {
  e.exit(this.containerState.type);
}
function Nd(e, t, r) {
  let n = this;
  return H2(e, i, "listItemPrefixWhitespace", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 5);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return !U2(u) && a && a[1].type === "listItemPrefixWhitespace" ? t(u) : r(u);
  }
}
var Jr2 = { name: "setextUnderline", resolveTo: Od, tokenize: Rd };
function Od(e, t) {
  let r = new Ve2(), n = e.length, i, u, a;
  for (; n--; ) if (e[n][0] === "enter") {
    if (e[n][1].type === "content") {
      i = n;
      break;
    }
    e[n][1].type === "paragraph" && (u = n);
  } else e[n][1].type === "content" && r.add(n, 1, []), !a && e[n][1].type === "definition" && (a = n);
  let o = { type: "setextHeading", start: { ...e[i][1].start }, end: { ...e[e.length - 1][1].end } };
  return e[u][1].type = "setextHeadingText", a ? (r.add(u, 0, [["enter", o, t]]), r.add(a + 1, 0, [["exit", e[i][1], t]]), e[i][1].end = { ...e[a][1].end }) : e[i][1] = o, r.add(e.length, 0, [["exit", o, t]]), r.consume(e), e;
}
function Rd(e, t, r) {
  let n = this, i;
  return u;
  function u(c) {
    let l = n.events.length, f;
    for (; l--; ) if (n.events[l][1].type !== "lineEnding" && n.events[l][1].type !== "linePrefix" && n.events[l][1].type !== "content") {
      f = n.events[l][1].type === "paragraph";
      break;
    }
    return !n.parser.lazy[n.now().line] && (n.interrupt || f) ? (e.enter("setextHeadingLine"), i = c, a(c)) : r(c);
  }
  function a(c) {
    return e.enter("setextHeadingLineSequence"), o(c);
  }
  function o(c) {
    return c === i ? (e.consume(c), o) : (e.exit("setextHeadingLineSequence"), U2(c) ? H2(e, s, "lineSuffix")(c) : s(c));
  }
  function s(c) {
    return c === null || B2(c) ? (e.exit("setextHeadingLine"), t(c)) : r(c);
  }
}
var Uu2 = { tokenize: Md };
function Md(e) {
  let t = this, r = e.attempt(_e2, n, e.attempt(this.parser.constructs.flowInitial, i, H2(e, e.attempt(this.parser.constructs.flow, i, e.attempt(ai2, i)), "linePrefix")));
  return r;
  function n(u) {
    if (u === null) {
      e.consume(u);
      return;
    }
    return e.enter("lineEndingBlank"), e.consume(u), e.exit("lineEndingBlank"), t.currentConstruct = void 0, r;
  }
  function i(u) {
    if (u === null) {
      e.consume(u);
      return;
    }
    return e.enter("lineEnding"), e.consume(u), e.exit("lineEnding"), t.currentConstruct = void 0, r;
  }
}
var Hu2 = { resolveAll: Wu2() };
var Vu2 = ju2("string");
var Gu2 = ju2("text");
function ju2(e) {
  return { resolveAll: Wu2(e === "text" ? zd : void 0), tokenize: t };
  function t(r) {
    let n = this, i = this.parser.constructs[e], u = r.attempt(i, a, o);
    return a;
    function a(l) {
      return c(l) ? u(l) : o(l);
    }
    function o(l) {
      if (l === null) {
        r.consume(l);
        return;
      }
      return r.enter("data"), r.consume(l), s;
    }
    function s(l) {
      return c(l) ? (r.exit("data"), u(l)) : (r.consume(l), s);
    }
    function c(l) {
      if (l === null) return true;
      let f = i[l], p = -1;
      if (f) for (; ++p < f.length; ) {
        let m = f[p];
        if (!m.previous || m.previous.call(n, n.previous)) return true;
      }
      return false;
    }
  }
}
function Wu2(e) {
  return t;
  function t(r, n) {
    let i = -1, u;
    for (; ++i <= r.length; ) u === void 0 ? r[i] && r[i][1].type === "data" && (u = i, i++) : (!r[i] || r[i][1].type !== "data") && (i !== u + 2 && (r[u][1].end = r[i - 1][1].end, r.splice(u + 2, i - u - 2), i = u + 2), u = void 0);
    return e ? e(r, n) : r;
  }
}
function zd(e, t) {
  let r = new Ve2(), n = 0;
  for (; ++n <= e.length; ) if ((n === e.length || e[n][1].type === "lineEnding") && e[n - 1][1].type === "data") {
    let i = e[n - 1][1], u = t.sliceStream(i), a = u.length, o = -1, s = 0, c;
    for (; a--; ) {
      let l = u[a];
      if (typeof l == "string") {
        for (o = l.length; l.charCodeAt(o - 1) === 32; ) s++, o--;
        if (o) break;
        o = -1;
      } else if (l === -2) c = true, s++;
      else if (l !== -1) {
        a++;
        break;
      }
    }
    if (t._contentTypeTextTrailing && n === e.length && (s = 0), s) {
      let l = { type: n === e.length || c || s < 2 ? "lineSuffix" : "hardBreakTrailing", start: { _bufferIndex: a ? o : i.start._bufferIndex + o, _index: i.start._index + a, line: i.end.line, column: i.end.column - s, offset: i.end.offset - s }, end: { ...i.end } };
      i.end = { ...l.start }, i.start.offset === i.end.offset ? Object.assign(i, l) : r.add(n, 0, [["enter", l, t], ["exit", l, t]]);
    }
    n++;
  }
  return r.consume(e), e;
}
var mi2 = {};
zr2(mi2, { attentionMarkers: () => $d, contentInitial: () => Hd, disable: () => Kd, document: () => Ud, flow: () => Gd, flowInitial: () => Vd, insideSpan: () => Yd, string: () => jd, text: () => Wd });
var Ud = { 42: fe2, 43: fe2, 45: fe2, 48: fe2, 49: fe2, 50: fe2, 51: fe2, 52: fe2, 53: fe2, 54: fe2, 55: fe2, 56: fe2, 57: fe2, 62: Vr2 };
var Hd = { 91: ui2 };
var Vd = { [-2]: ar2, [-1]: ar2, 32: ar2 };
var Gd = { 35: si2, 42: Ft2, 45: [Jr2, Ft2], 60: ci2, 61: Jr2, 95: Ft2, 96: Wr2, 126: Wr2 };
var jd = { 38: jr2, 92: Gr2 };
var Wd = { [-5]: or2, [-4]: or2, [-3]: or2, 33: pi2, 38: jr2, 42: nr2, 60: [ni2, fi2], 91: hi2, 92: [oi2, Gr2], 93: kt2, 95: nr2, 96: ii2 };
var Yd = { null: [nr2, Hu2] };
var $d = { null: [42, 95] };
var Kd = { null: [] };
function Yu2(e, t, r) {
  let n = { _bufferIndex: -1, _index: 0, line: r && r.line || 1, column: r && r.column || 1, offset: r && r.offset || 0 }, i = {}, u = [], a = [], o = [], s = true, c = { attempt: y2(v2), check: y2(L2), consume: T2, enter: C, exit: D, interrupt: y2(L2, { interrupt: true }) }, l = { code: null, containerState: {}, defineSkip: x, events: [], now: g, parser: e, previous: null, sliceSerialize: d, sliceStream: k2, write: m }, f = t.tokenize.call(l, c), p;
  return t.resolveAll && u.push(t), l;
  function m(S2) {
    return a = he2(a, S2), F(), a[a.length - 1] !== null ? [] : (E(t, 0), l.events = ut2(u, l.events, l), l.events);
  }
  function d(S2, z2) {
    return Xd(k2(S2), z2);
  }
  function k2(S2) {
    return Qd(a, S2);
  }
  function g() {
    let { _bufferIndex: S2, _index: z2, line: N, column: M2, offset: O2 } = n;
    return { _bufferIndex: S2, _index: z2, line: N, column: M2, offset: O2 };
  }
  function x(S2) {
    i[S2.line] = S2.column, q();
  }
  function F() {
    for (; n._index < a.length; ) {
      let S2 = a[n._index];
      if (typeof S2 == "string") {
        let z2 = n._index;
        for (n._bufferIndex < 0 && (n._bufferIndex = 0); n._index === z2 && n._bufferIndex < S2.length; ) w2(S2.charCodeAt(n._bufferIndex));
      } else w2(S2);
    }
  }
  function w2(S2) {
    s = void 0, p = S2, f = f(S2);
  }
  function T2(S2) {
    B2(S2) ? (n.line++, n.column = 1, n.offset += S2 === -3 ? 2 : 1, q()) : S2 !== -1 && (n.column++, n.offset++), n._bufferIndex < 0 ? n._index++ : (n._bufferIndex++, n._bufferIndex === a[n._index].length && (n._bufferIndex = -1, n._index++)), l.previous = S2, s = true;
  }
  function C(S2, z2) {
    let N = z2 || {};
    return N.type = S2, N.start = g(), l.events.push(["enter", N, l]), o.push(N), N;
  }
  function D(S2) {
    let z2 = o.pop();
    return z2.end = g(), l.events.push(["exit", z2, l]), z2;
  }
  function v2(S2, z2) {
    E(S2, z2.from);
  }
  function L2(S2, z2) {
    z2.restore();
  }
  function y2(S2, z2) {
    return N;
    function N(M2, O2, W2) {
      let ne2, h2, Y2, ie2;
      return Array.isArray(M2) ? te2(M2) : "tokenize" in M2 ? te2([M2]) : b2(M2);
      function b2(se2) {
        return Jt2;
        function Jt2(Ue2) {
          let vt2 = Ue2 !== null && se2[Ue2], ht2 = Ue2 !== null && se2.null, Yn2 = [...Array.isArray(vt2) ? vt2 : vt2 ? [vt2] : [], ...Array.isArray(ht2) ? ht2 : ht2 ? [ht2] : []];
          return te2(Yn2)(Ue2);
        }
      }
      function te2(se2) {
        return ne2 = se2, h2 = 0, se2.length === 0 ? W2 : pe2(se2[h2]);
      }
      function pe2(se2) {
        return Jt2;
        function Jt2(Ue2) {
          return ie2 = I2(), Y2 = se2, se2.partial || (l.currentConstruct = se2), se2.name && l.parser.constructs.disable.null.includes(se2.name) ? nt2(Ue2) : se2.tokenize.call(z2 ? Object.assign(Object.create(l), z2) : l, c, Z2, nt2)(Ue2);
        }
      }
      function Z2(se2) {
        return s = true, S2(Y2, ie2), O2;
      }
      function nt2(se2) {
        return s = true, ie2.restore(), ++h2 < ne2.length ? pe2(ne2[h2]) : W2;
      }
    }
  }
  function E(S2, z2) {
    S2.resolveAll && !u.includes(S2) && u.push(S2), S2.resolve && oe2(l.events, z2, l.events.length - z2, S2.resolve(l.events.slice(z2), l)), S2.resolveTo && (l.events = S2.resolveTo(l.events, l));
  }
  function I2() {
    let S2 = g(), z2 = l.previous, N = l.currentConstruct, M2 = l.events.length, O2 = Array.from(o);
    return { from: M2, restore: W2 };
    function W2() {
      n = S2, l.previous = z2, l.currentConstruct = N, l.events.length = M2, o = O2, q();
    }
  }
  function q() {
    n.line in i && n.column < 2 && (n.column = i[n.line], n.offset += i[n.line] - 1);
  }
}
function Qd(e, t) {
  let r = t.start._index, n = t.start._bufferIndex, i = t.end._index, u = t.end._bufferIndex, a;
  if (r === i) a = [e[r].slice(n, u)];
  else {
    if (a = e.slice(r, i), n > -1) {
      let o = a[0];
      typeof o == "string" ? a[0] = o.slice(n) : a.shift();
    }
    u > 0 && a.push(e[i].slice(0, u));
  }
  return a;
}
function Xd(e, t) {
  let r = -1, n = [], i;
  for (; ++r < e.length; ) {
    let u = e[r], a;
    if (typeof u == "string") a = u;
    else switch (u) {
      case -5: {
        a = "\r";
        break;
      }
      case -4: {
        a = `
`;
        break;
      }
      case -3: {
        a = `\r
`;
        break;
      }
      case -2: {
        a = t ? " " : "	";
        break;
      }
      case -1: {
        if (!t && i) continue;
        a = " ";
        break;
      }
      default:
        a = String.fromCharCode(u);
    }
    i = u === -2, n.push(a);
  }
  return n.join("");
}
function di2(e) {
  let n = { constructs: Ur2([mi2, ...(e || {}).extensions || []]), content: i(Pu2), defined: [], document: i(Ru), flow: i(Uu2), lazy: {}, string: i(Vu2), text: i(Gu2) };
  return n;
  function i(u) {
    return a;
    function a(o) {
      return Yu2(n, u, o);
    }
  }
}
function Di2(e) {
  for (; !$r2(e); ) ;
  return e;
}
var $u2 = /[\0\t\n\r]/g;
function gi2() {
  let e = 1, t = "", r = true, n;
  return i;
  function i(u, a, o) {
    u = t + (typeof u == "string" ? u.toString() : new TextDecoder(a || void 0).decode(u));
    let s = [], c = 0;
    for (t = "", r && (u.charCodeAt(0) === 65279 && c++, r = void 0); c < u.length; ) {
      $u2.lastIndex = c;
      let l = $u2.exec(u), f = l && l.index !== void 0 ? l.index : u.length, p = u.charCodeAt(f);
      if (!l) {
        t = u.slice(c);
        break;
      }
      if (p === 10 && c === f && n) s.push(-3), n = void 0;
      else switch (n && (s.push(-5), n = void 0), c < f && (s.push(u.slice(c, f)), e += f - c), p) {
        case 0: {
          s.push(65533), e++;
          break;
        }
        case 9: {
          let m = Math.ceil(e / 4) * 4;
          for (s.push(-2); e++ < m; ) s.push(-1);
          break;
        }
        case 10: {
          s.push(-4), e = 1;
          break;
        }
        default:
          n = true, e = 1;
      }
      c = f + 1;
    }
    return o && (n && s.push(-5), t && s.push(t), s.push(null)), s;
  }
}
var Jd = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function Ku2(e) {
  return e.replace(Jd, Zd);
}
function Zd(e, t, r) {
  if (t) return t;
  if (r.charCodeAt(0) === 35) {
    let i = r.charCodeAt(1), u = i === 120 || i === 88;
    return Hr2(r.slice(u ? 2 : 1), u ? 16 : 10);
  }
  return St2(r) || e;
}
function It2(e) {
  return !e || typeof e != "object" ? "" : "position" in e || "type" in e ? Qu2(e.position) : "start" in e || "end" in e ? Qu2(e) : "line" in e || "column" in e ? xi2(e) : "";
}
function xi2(e) {
  return Xu2(e && e.line) + ":" + Xu2(e && e.column);
}
function Qu2(e) {
  return xi2(e && e.start) + "-" + xi2(e && e.end);
}
function Xu2(e) {
  return e && typeof e == "number" ? e : 1;
}
var Zu2 = {}.hasOwnProperty;
function ki2(e, t, r) {
  return t && typeof t == "object" && (r = t, t = void 0), eD(r)(Di2(di2(r).document().write(gi2()(e, t, true))));
}
function eD(e) {
  let t = { afterExit: [], beforeEnter: [], transforms: [], canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"], enter: { autolink: a(wu2), autolinkProtocol: E, autolinkEmail: E, atxHeading: a(Fu2), blockQuote: a(vt2), characterEscape: E, characterReference: E, codeFenced: a(ht2), codeFencedFenceInfo: o, codeFencedFenceMeta: o, codeIndented: a(ht2, o), codeText: a(Yn2, o), codeTextData: E, data: E, codeFlowValue: E, definition: a(mm), definitionDestinationString: o, definitionLabelString: o, definitionTitleString: o, emphasis: a(dm), hardBreakEscape: a(bu2), hardBreakTrailing: a(bu2), htmlFlow: a(Eu2, o), htmlFlowData: E, htmlText: a(Eu2, o), htmlTextData: E, image: a(Dm), label: o, link: a(wu2), listItem: a(gm), listItemValue: m, listOrdered: a(Cu2, p), listUnordered: a(Cu2), paragraph: a(xm), reference: te2, referenceString: o, resourceDestinationString: o, resourceTitleString: o, setextHeading: a(Fu2), strong: a(km), thematicBreak: a(bm) }, exit: { atxHeading: c(), atxHeadingSequence: D, autolink: c(), autolinkEmail: Ue2, autolinkProtocol: Jt2, blockQuote: c(), characterEscapeValue: I2, characterReferenceMarkerHexadecimal: Z2, characterReferenceMarkerNumeric: Z2, characterReferenceValue: nt2, characterReference: se2, codeFenced: c(x), codeFencedFence: g, codeFencedFenceInfo: d, codeFencedFenceMeta: k2, codeFlowValue: I2, codeIndented: c(F), codeText: c(M2), codeTextData: I2, data: I2, definition: c(), definitionDestinationString: C, definitionLabelString: w2, definitionTitleString: T2, emphasis: c(), hardBreakEscape: c(S2), hardBreakTrailing: c(S2), htmlFlow: c(z2), htmlFlowData: I2, htmlText: c(N), htmlTextData: I2, image: c(W2), label: h2, labelText: ne2, lineEnding: q, link: c(O2), listItem: c(), listOrdered: c(), listUnordered: c(), paragraph: c(), referenceString: pe2, resourceDestinationString: Y2, resourceTitleString: ie2, resource: b2, setextHeading: c(y2), setextHeadingLineSequence: L2, setextHeadingText: v2, strong: c(), thematicBreak: c() } };
  eo2(t, (e || {}).mdastExtensions || []);
  let r = {};
  return n;
  function n(A2) {
    let P = { type: "root", children: [], position: void 0 }, V2 = { stack: [P], tokenStack: [], config: t, enter: s, exit: l, buffer: o, resume: f, data: r }, j2 = [], de2 = [], $2 = -1;
    for (; ++$2 < A2.length; ) if (de2.push(A2[$2]), A2[$2][1].type === "listOrdered" || A2[$2][1].type === "listUnordered") if (A2[$2][0] === "enter") j2.push(de2.length - 1);
    else {
      let De2 = j2.pop();
      u(de2, De2);
    }
    for (A2 = de2, $2 = -1; ++$2 < A2.length; ) {
      let De2 = t[A2[$2][0]];
      A2[$2][0] === "enter" && t.beforeEnter.length > 0 && i(t.beforeEnter, { ...V2, sliceSerialize: A2[$2][2].sliceSerialize }, A2[$2][1]), Zu2.call(De2, A2[$2][1].type) && De2[A2[$2][1].type].call({ ...V2, sliceSerialize: A2[$2][2].sliceSerialize }, A2[$2][1]), A2[$2][0] === "exit" && t.afterExit.length > 0 && i(t.afterExit, { ...V2, sliceSerialize: A2[$2][2].sliceSerialize }, A2[$2][1]);
    }
    if (V2.tokenStack.length > 0) {
      let De2 = V2.tokenStack[V2.tokenStack.length - 1];
      (De2[1] || Ju2).call(V2, void 0, De2[0]);
    }
    for (P.position = { start: ot2(A2.length > 0 ? A2[0][1].start : { line: 1, column: 1, offset: 0 }), end: ot2(A2.length > 0 ? A2[A2.length - 2][1].end : { line: 1, column: 1, offset: 0 }) }, $2 = -1; ++$2 < t.transforms.length; ) P = t.transforms[$2](P) || P;
    return P;
  }
  function i(A2, P, V2) {
    let j2 = -1;
    for (; ++j2 < A2.length; ) A2[j2].call(P, V2);
  }
  function u(A2, P) {
    let V2 = A2.length - 1, j2 = P - 1, de2 = -1, $2 = false, De2, qe2, Zt2, er2, tr2 = [];
    for (; ++j2 <= V2; ) {
      let Fe2 = A2[j2];
      switch (Fe2[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          Fe2[0] === "enter" ? de2++ : de2--, er2 = void 0;
          break;
        }
        case "lineEndingBlank": {
          Fe2[0] === "enter" && (De2 && !er2 && !de2 && !Zt2 && (Zt2 = j2), er2 = void 0);
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace":
          break;
        default:
          er2 = void 0;
      }
      if (!de2 && Fe2[0] === "enter" && Fe2[1].type === "listItemPrefix" || de2 === -1 && Fe2[0] === "exit" && (Fe2[1].type === "listUnordered" || Fe2[1].type === "listOrdered")) {
        if (De2) {
          let At = j2;
          for (qe2 = void 0; At--; ) {
            let He2 = A2[At];
            if (He2[1].type === "lineEnding" || He2[1].type === "lineEndingBlank") {
              if (He2[0] === "exit") continue;
              qe2 && (A2[qe2][1].type = "lineEndingBlank", $2 = true), He2[1].type = "lineEnding", qe2 = At;
            } else if (!(He2[1].type === "linePrefix" || He2[1].type === "blockQuotePrefix" || He2[1].type === "blockQuotePrefixWhitespace" || He2[1].type === "blockQuoteMarker" || He2[1].type === "listItemIndent")) break;
          }
          Zt2 && (!qe2 || Zt2 < qe2) && (De2._spread = true), De2.end = Object.assign({}, qe2 ? A2[qe2][1].start : Fe2[1].end), tr2.push({ at: qe2 || j2, event: ["exit", De2, Fe2[2]] });
        }
        if (Fe2[1].type === "listItemPrefix") {
          let At = { type: "listItem", _spread: false, start: Object.assign({}, Fe2[1].start), end: void 0 };
          De2 = At, tr2.push({ at: j2, event: ["enter", At, Fe2[2]] }), Zt2 = void 0, er2 = true;
        }
      }
    }
    let yu2 = A2.splice(P), $n2 = 0;
    for (j2 = -1; ++j2 < yu2.length; ) {
      for (; $n2 < tr2.length && tr2[$n2].at === P + j2; ) A2.push(tr2[$n2++].event);
      A2.push(yu2[j2]);
    }
    A2[P][1]._spread = $2;
  }
  function a(A2, P) {
    return V2;
    function V2(j2) {
      s.call(this, A2(j2), j2), P && P.call(this, j2);
    }
  }
  function o() {
    this.stack.push({ type: "fragment", children: [] });
  }
  function s(A2, P, V2) {
    this.stack[this.stack.length - 1].children.push(A2), this.stack.push(A2), this.tokenStack.push([P, V2 || void 0]), A2.position = { start: ot2(P.start), end: void 0 };
  }
  function c(A2) {
    return P;
    function P(V2) {
      A2 && A2.call(this, V2), l.call(this, V2);
    }
  }
  function l(A2, P) {
    let V2 = this.stack.pop(), j2 = this.tokenStack.pop();
    if (!j2) throw new Error("Cannot close `" + A2.type + "` (" + It2({ start: A2.start, end: A2.end }) + "): it\u2019s not open");
    j2[0].type !== A2.type && (P ? P.call(this, A2, j2[0]) : (j2[1] || Ju2).call(this, A2, j2[0])), V2.position.end = ot2(A2.end);
  }
  function f() {
    return ei2(this.stack.pop());
  }
  function p() {
    this.data.expectingFirstListItemValue = true;
  }
  function m(A2) {
    if (this.data.expectingFirstListItemValue) {
      let P = this.stack[this.stack.length - 2];
      P.start = Number.parseInt(this.sliceSerialize(A2), 10), this.data.expectingFirstListItemValue = void 0;
    }
  }
  function d() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.lang = A2;
  }
  function k2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.meta = A2;
  }
  function g() {
    this.data.flowCodeInside || (this.buffer(), this.data.flowCodeInside = true);
  }
  function x() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""), this.data.flowCodeInside = void 0;
  }
  function F() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A2.replace(/(\r?\n|\r)$/g, "");
  }
  function w2(A2) {
    let P = this.resume(), V2 = this.stack[this.stack.length - 1];
    V2.label = P, V2.identifier = ce2(this.sliceSerialize(A2)).toLowerCase();
  }
  function T2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.title = A2;
  }
  function C() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.url = A2;
  }
  function D(A2) {
    let P = this.stack[this.stack.length - 1];
    if (!P.depth) {
      let V2 = this.sliceSerialize(A2).length;
      P.depth = V2;
    }
  }
  function v2() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function L2(A2) {
    let P = this.stack[this.stack.length - 1];
    P.depth = this.sliceSerialize(A2).codePointAt(0) === 61 ? 1 : 2;
  }
  function y2() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function E(A2) {
    let V2 = this.stack[this.stack.length - 1].children, j2 = V2[V2.length - 1];
    (!j2 || j2.type !== "text") && (j2 = Fm(), j2.position = { start: ot2(A2.start), end: void 0 }, V2.push(j2)), this.stack.push(j2);
  }
  function I2(A2) {
    let P = this.stack.pop();
    P.value += this.sliceSerialize(A2), P.position.end = ot2(A2.end);
  }
  function q(A2) {
    let P = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      let V2 = P.children[P.children.length - 1];
      V2.position.end = ot2(A2.end), this.data.atHardBreak = void 0;
      return;
    }
    !this.data.setextHeadingSlurpLineEnding && t.canContainEols.includes(P.type) && (E.call(this, A2), I2.call(this, A2));
  }
  function S2() {
    this.data.atHardBreak = true;
  }
  function z2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A2;
  }
  function N() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A2;
  }
  function M2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.value = A2;
  }
  function O2() {
    let A2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let P = this.data.referenceType || "shortcut";
      A2.type += "Reference", A2.referenceType = P, delete A2.url, delete A2.title;
    } else delete A2.identifier, delete A2.label;
    this.data.referenceType = void 0;
  }
  function W2() {
    let A2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      let P = this.data.referenceType || "shortcut";
      A2.type += "Reference", A2.referenceType = P, delete A2.url, delete A2.title;
    } else delete A2.identifier, delete A2.label;
    this.data.referenceType = void 0;
  }
  function ne2(A2) {
    let P = this.sliceSerialize(A2), V2 = this.stack[this.stack.length - 2];
    V2.label = Ku2(P), V2.identifier = ce2(P).toLowerCase();
  }
  function h2() {
    let A2 = this.stack[this.stack.length - 1], P = this.resume(), V2 = this.stack[this.stack.length - 1];
    if (this.data.inReference = true, V2.type === "link") {
      let j2 = A2.children;
      V2.children = j2;
    } else V2.alt = P;
  }
  function Y2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.url = A2;
  }
  function ie2() {
    let A2 = this.resume(), P = this.stack[this.stack.length - 1];
    P.title = A2;
  }
  function b2() {
    this.data.inReference = void 0;
  }
  function te2() {
    this.data.referenceType = "collapsed";
  }
  function pe2(A2) {
    let P = this.resume(), V2 = this.stack[this.stack.length - 1];
    V2.label = P, V2.identifier = ce2(this.sliceSerialize(A2)).toLowerCase(), this.data.referenceType = "full";
  }
  function Z2(A2) {
    this.data.characterReferenceType = A2.type;
  }
  function nt2(A2) {
    let P = this.sliceSerialize(A2), V2 = this.data.characterReferenceType, j2;
    V2 ? (j2 = Hr2(P, V2 === "characterReferenceMarkerNumeric" ? 10 : 16), this.data.characterReferenceType = void 0) : j2 = St2(P);
    let de2 = this.stack[this.stack.length - 1];
    de2.value += j2;
  }
  function se2(A2) {
    let P = this.stack.pop();
    P.position.end = ot2(A2.end);
  }
  function Jt2(A2) {
    I2.call(this, A2);
    let P = this.stack[this.stack.length - 1];
    P.url = this.sliceSerialize(A2);
  }
  function Ue2(A2) {
    I2.call(this, A2);
    let P = this.stack[this.stack.length - 1];
    P.url = "mailto:" + this.sliceSerialize(A2);
  }
  function vt2() {
    return { type: "blockquote", children: [], position: void 0 };
  }
  function ht2() {
    return { type: "code", lang: null, meta: null, value: "", position: void 0 };
  }
  function Yn2() {
    return { type: "inlineCode", value: "", position: void 0 };
  }
  function mm() {
    return { type: "definition", identifier: "", label: null, title: null, url: "", position: void 0 };
  }
  function dm() {
    return { type: "emphasis", children: [], position: void 0 };
  }
  function Fu2() {
    return { type: "heading", depth: 0, children: [], position: void 0 };
  }
  function bu2() {
    return { type: "break", position: void 0 };
  }
  function Eu2() {
    return { type: "html", value: "", position: void 0 };
  }
  function Dm() {
    return { type: "image", title: null, url: "", alt: null, position: void 0 };
  }
  function wu2() {
    return { type: "link", title: null, url: "", children: [], position: void 0 };
  }
  function Cu2(A2) {
    return { type: "list", ordered: A2.type === "listOrdered", start: null, spread: A2._spread, children: [], position: void 0 };
  }
  function gm(A2) {
    return { type: "listItem", spread: A2._spread, checked: null, children: [], position: void 0 };
  }
  function xm() {
    return { type: "paragraph", children: [], position: void 0 };
  }
  function km() {
    return { type: "strong", children: [], position: void 0 };
  }
  function Fm() {
    return { type: "text", value: "", position: void 0 };
  }
  function bm() {
    return { type: "thematicBreak", position: void 0 };
  }
}
function ot2(e) {
  return { line: e.line, column: e.column, offset: e.offset };
}
function eo2(e, t) {
  let r = -1;
  for (; ++r < t.length; ) {
    let n = t[r];
    Array.isArray(n) ? eo2(e, n) : tD(e, n);
  }
}
function tD(e, t) {
  let r;
  for (r in t) if (Zu2.call(t, r)) switch (r) {
    case "canContainEols": {
      let n = t[r];
      n && e[r].push(...n);
      break;
    }
    case "transforms": {
      let n = t[r];
      n && e[r].push(...n);
      break;
    }
    case "afterExit":
    case "beforeEnter": {
      let n = t[r];
      n && e[r].push(n);
      break;
    }
    case "enter":
    case "exit": {
      let n = t[r];
      n && Object.assign(e[r], n);
      break;
    }
  }
}
function Ju2(e, t) {
  throw e ? new Error("Cannot close `" + e.type + "` (" + It2({ start: e.start, end: e.end }) + "): a different token (`" + t.type + "`, " + It2({ start: t.start, end: t.end }) + ") is open") : new Error("Cannot close document, a token (`" + t.type + "`, " + It2({ start: t.start, end: t.end }) + ") is still open");
}
function Fi2() {
  return { enter: { mathFlow: e, mathFlowFenceMeta: t, mathText: u }, exit: { mathFlow: i, mathFlowFence: n, mathFlowFenceMeta: r, mathFlowValue: o, mathText: a, mathTextData: o } };
  function e(s) {
    let c = { type: "element", tagName: "code", properties: { className: ["language-math", "math-display"] }, children: [] };
    this.enter({ type: "math", meta: null, value: "", data: { hName: "pre", hChildren: [c] } }, s);
  }
  function t() {
    this.buffer();
  }
  function r() {
    let s = this.resume(), c = this.stack[this.stack.length - 1];
    c.type, c.meta = s;
  }
  function n() {
    this.data.mathFlowInside || (this.buffer(), this.data.mathFlowInside = true);
  }
  function i(s) {
    let c = this.resume().replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, ""), l = this.stack[this.stack.length - 1];
    l.type, this.exit(s), l.value = c;
    let f = l.data.hChildren[0];
    f.type, f.tagName, f.children.push({ type: "text", value: c }), this.data.mathFlowInside = void 0;
  }
  function u(s) {
    this.enter({ type: "inlineMath", value: "", data: { hName: "code", hProperties: { className: ["language-math", "math-inline"] }, hChildren: [] } }, s), this.buffer();
  }
  function a(s) {
    let c = this.resume(), l = this.stack[this.stack.length - 1];
    l.type, this.exit(s), l.value = c, l.data.hChildren.push({ type: "text", value: c });
  }
  function o(s) {
    this.config.enter.data.call(this, s), this.config.exit.data.call(this, s);
  }
}
var rD = { tokenize: oD, partial: true };
var to2 = { tokenize: sD, partial: true };
var ro2 = { tokenize: lD, partial: true };
var no2 = { tokenize: cD, partial: true };
var nD = { tokenize: fD, partial: true };
var io2 = { name: "wwwAutolink", tokenize: aD, previous: uo2 };
var ao2 = { name: "protocolAutolink", tokenize: uD, previous: oo2 };
var Ge2 = { name: "emailAutolink", tokenize: iD, previous: so2 };
var Pe2 = {};
function Ei2() {
  return { text: Pe2 };
}
var bt2 = 48;
for (; bt2 < 123; ) Pe2[bt2] = Ge2, bt2++, bt2 === 58 ? bt2 = 65 : bt2 === 91 && (bt2 = 97);
Pe2[43] = Ge2;
Pe2[45] = Ge2;
Pe2[46] = Ge2;
Pe2[95] = Ge2;
Pe2[72] = [Ge2, ao2];
Pe2[104] = [Ge2, ao2];
Pe2[87] = [Ge2, io2];
Pe2[119] = [Ge2, io2];
function iD(e, t, r) {
  let n = this, i, u;
  return a;
  function a(f) {
    return !bi2(f) || !so2.call(n, n.previous) || wi2(n.events) ? r(f) : (e.enter("literalAutolink"), e.enter("literalAutolinkEmail"), o(f));
  }
  function o(f) {
    return bi2(f) ? (e.consume(f), o) : f === 64 ? (e.consume(f), s) : r(f);
  }
  function s(f) {
    return f === 46 ? e.check(nD, l, c)(f) : f === 45 || f === 95 || ee2(f) ? (u = true, e.consume(f), s) : l(f);
  }
  function c(f) {
    return e.consume(f), i = true, s;
  }
  function l(f) {
    return u && i && X2(n.previous) ? (e.exit("literalAutolinkEmail"), e.exit("literalAutolink"), t(f)) : r(f);
  }
}
function aD(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a !== 87 && a !== 119 || !uo2.call(n, n.previous) || wi2(n.events) ? r(a) : (e.enter("literalAutolink"), e.enter("literalAutolinkWww"), e.check(rD, e.attempt(to2, e.attempt(ro2, u), r), r)(a));
  }
  function u(a) {
    return e.exit("literalAutolinkWww"), e.exit("literalAutolink"), t(a);
  }
}
function uD(e, t, r) {
  let n = this, i = "", u = false;
  return a;
  function a(f) {
    return (f === 72 || f === 104) && oo2.call(n, n.previous) && !wi2(n.events) ? (e.enter("literalAutolink"), e.enter("literalAutolinkHttp"), i += String.fromCodePoint(f), e.consume(f), o) : r(f);
  }
  function o(f) {
    if (X2(f) && i.length < 5) return i += String.fromCodePoint(f), e.consume(f), o;
    if (f === 58) {
      let p = i.toLowerCase();
      if (p === "http" || p === "https") return e.consume(f), s;
    }
    return r(f);
  }
  function s(f) {
    return f === 47 ? (e.consume(f), u ? c : (u = true, s)) : r(f);
  }
  function c(f) {
    return f === null || Dt2(f) || G2(f) || Be2(f) || gt2(f) ? r(f) : e.attempt(to2, e.attempt(ro2, l), r)(f);
  }
  function l(f) {
    return e.exit("literalAutolinkHttp"), e.exit("literalAutolink"), t(f);
  }
}
function oD(e, t, r) {
  let n = 0;
  return i;
  function i(a) {
    return (a === 87 || a === 119) && n < 3 ? (n++, e.consume(a), i) : a === 46 && n === 3 ? (e.consume(a), u) : r(a);
  }
  function u(a) {
    return a === null ? r(a) : t(a);
  }
}
function sD(e, t, r) {
  let n, i, u;
  return a;
  function a(c) {
    return c === 46 || c === 95 ? e.check(no2, s, o)(c) : c === null || G2(c) || Be2(c) || c !== 45 && gt2(c) ? s(c) : (u = true, e.consume(c), a);
  }
  function o(c) {
    return c === 95 ? n = true : (i = n, n = void 0), e.consume(c), a;
  }
  function s(c) {
    return i || n || !u ? r(c) : t(c);
  }
}
function lD(e, t) {
  let r = 0, n = 0;
  return i;
  function i(a) {
    return a === 40 ? (r++, e.consume(a), i) : a === 41 && n < r ? u(a) : a === 33 || a === 34 || a === 38 || a === 39 || a === 41 || a === 42 || a === 44 || a === 46 || a === 58 || a === 59 || a === 60 || a === 63 || a === 93 || a === 95 || a === 126 ? e.check(no2, t, u)(a) : a === null || G2(a) || Be2(a) ? t(a) : (e.consume(a), i);
  }
  function u(a) {
    return a === 41 && n++, e.consume(a), i;
  }
}
function cD(e, t, r) {
  return n;
  function n(o) {
    return o === 33 || o === 34 || o === 39 || o === 41 || o === 42 || o === 44 || o === 46 || o === 58 || o === 59 || o === 63 || o === 95 || o === 126 ? (e.consume(o), n) : o === 38 ? (e.consume(o), u) : o === 93 ? (e.consume(o), i) : o === 60 || o === null || G2(o) || Be2(o) ? t(o) : r(o);
  }
  function i(o) {
    return o === null || o === 40 || o === 91 || G2(o) || Be2(o) ? t(o) : n(o);
  }
  function u(o) {
    return X2(o) ? a(o) : r(o);
  }
  function a(o) {
    return o === 59 ? (e.consume(o), n) : X2(o) ? (e.consume(o), a) : r(o);
  }
}
function fD(e, t, r) {
  return n;
  function n(u) {
    return e.consume(u), i;
  }
  function i(u) {
    return ee2(u) ? r(u) : t(u);
  }
}
function uo2(e) {
  return e === null || e === 40 || e === 42 || e === 95 || e === 91 || e === 93 || e === 126 || G2(e);
}
function oo2(e) {
  return !X2(e);
}
function so2(e) {
  return !(e === 47 || bi2(e));
}
function bi2(e) {
  return e === 43 || e === 45 || e === 46 || e === 95 || ee2(e);
}
function wi2(e) {
  let t = e.length, r = false;
  for (; t--; ) {
    let n = e[t][1];
    if ((n.type === "labelLink" || n.type === "labelImage") && !n._balanced) {
      r = true;
      break;
    }
    if (n._gfmAutolinkLiteralWalkedInto) {
      r = false;
      break;
    }
  }
  return e.length > 0 && !r && (e[e.length - 1][1]._gfmAutolinkLiteralWalkedInto = true), r;
}
var pD = { tokenize: kD, partial: true };
function Ci2() {
  return { document: { 91: { name: "gfmFootnoteDefinition", tokenize: DD, continuation: { tokenize: gD }, exit: xD } }, text: { 91: { name: "gfmFootnoteCall", tokenize: dD }, 93: { name: "gfmPotentialFootnoteCall", add: "after", tokenize: hD, resolveTo: mD } } };
}
function hD(e, t, r) {
  let n = this, i = n.events.length, u = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), a;
  for (; i--; ) {
    let s = n.events[i][1];
    if (s.type === "labelImage") {
      a = s;
      break;
    }
    if (s.type === "gfmFootnoteCall" || s.type === "labelLink" || s.type === "label" || s.type === "image" || s.type === "link") break;
  }
  return o;
  function o(s) {
    if (!a || !a._balanced) return r(s);
    let c = ce2(n.sliceSerialize({ start: a.end, end: n.now() }));
    return c.codePointAt(0) !== 94 || !u.includes(c.slice(1)) ? r(s) : (e.enter("gfmFootnoteCallLabelMarker"), e.consume(s), e.exit("gfmFootnoteCallLabelMarker"), t(s));
  }
}
function mD(e, t) {
  let r = e.length, n;
  for (; r--; ) if (e[r][1].type === "labelImage" && e[r][0] === "enter") {
    n = e[r][1];
    break;
  }
  e[r + 1][1].type = "data", e[r + 3][1].type = "gfmFootnoteCallLabelMarker";
  let i = { type: "gfmFootnoteCall", start: Object.assign({}, e[r + 3][1].start), end: Object.assign({}, e[e.length - 1][1].end) }, u = { type: "gfmFootnoteCallMarker", start: Object.assign({}, e[r + 3][1].end), end: Object.assign({}, e[r + 3][1].end) };
  u.end.column++, u.end.offset++, u.end._bufferIndex++;
  let a = { type: "gfmFootnoteCallString", start: Object.assign({}, u.end), end: Object.assign({}, e[e.length - 1][1].start) }, o = { type: "chunkString", contentType: "string", start: Object.assign({}, a.start), end: Object.assign({}, a.end) }, s = [e[r + 1], e[r + 2], ["enter", i, t], e[r + 3], e[r + 4], ["enter", u, t], ["exit", u, t], ["enter", a, t], ["enter", o, t], ["exit", o, t], ["exit", a, t], e[e.length - 2], e[e.length - 1], ["exit", i, t]];
  return e.splice(r, e.length - r + 1, ...s), e;
}
function dD(e, t, r) {
  let n = this, i = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), u = 0, a;
  return o;
  function o(f) {
    return e.enter("gfmFootnoteCall"), e.enter("gfmFootnoteCallLabelMarker"), e.consume(f), e.exit("gfmFootnoteCallLabelMarker"), s;
  }
  function s(f) {
    return f !== 94 ? r(f) : (e.enter("gfmFootnoteCallMarker"), e.consume(f), e.exit("gfmFootnoteCallMarker"), e.enter("gfmFootnoteCallString"), e.enter("chunkString").contentType = "string", c);
  }
  function c(f) {
    if (u > 999 || f === 93 && !a || f === null || f === 91 || G2(f)) return r(f);
    if (f === 93) {
      e.exit("chunkString");
      let p = e.exit("gfmFootnoteCallString");
      return i.includes(ce2(n.sliceSerialize(p))) ? (e.enter("gfmFootnoteCallLabelMarker"), e.consume(f), e.exit("gfmFootnoteCallLabelMarker"), e.exit("gfmFootnoteCall"), t) : r(f);
    }
    return G2(f) || (a = true), u++, e.consume(f), f === 92 ? l : c;
  }
  function l(f) {
    return f === 91 || f === 92 || f === 93 ? (e.consume(f), u++, c) : c(f);
  }
}
function DD(e, t, r) {
  let n = this, i = n.parser.gfmFootnotes || (n.parser.gfmFootnotes = []), u, a = 0, o;
  return s;
  function s(d) {
    return e.enter("gfmFootnoteDefinition")._container = true, e.enter("gfmFootnoteDefinitionLabel"), e.enter("gfmFootnoteDefinitionLabelMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionLabelMarker"), c;
  }
  function c(d) {
    return d === 94 ? (e.enter("gfmFootnoteDefinitionMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionMarker"), e.enter("gfmFootnoteDefinitionLabelString"), e.enter("chunkString").contentType = "string", l) : r(d);
  }
  function l(d) {
    if (a > 999 || d === 93 && !o || d === null || d === 91 || G2(d)) return r(d);
    if (d === 93) {
      e.exit("chunkString");
      let k2 = e.exit("gfmFootnoteDefinitionLabelString");
      return u = ce2(n.sliceSerialize(k2)), e.enter("gfmFootnoteDefinitionLabelMarker"), e.consume(d), e.exit("gfmFootnoteDefinitionLabelMarker"), e.exit("gfmFootnoteDefinitionLabel"), p;
    }
    return G2(d) || (o = true), a++, e.consume(d), d === 92 ? f : l;
  }
  function f(d) {
    return d === 91 || d === 92 || d === 93 ? (e.consume(d), a++, l) : l(d);
  }
  function p(d) {
    return d === 58 ? (e.enter("definitionMarker"), e.consume(d), e.exit("definitionMarker"), i.includes(u) || i.push(u), H2(e, m, "gfmFootnoteDefinitionWhitespace")) : r(d);
  }
  function m(d) {
    return t(d);
  }
}
function gD(e, t, r) {
  return e.check(_e2, t, e.attempt(pD, t, r));
}
function xD(e) {
  e.exit("gfmFootnoteDefinition");
}
function kD(e, t, r) {
  let n = this;
  return H2(e, i, "gfmFootnoteDefinitionIndent", 5);
  function i(u) {
    let a = n.events[n.events.length - 1];
    return a && a[1].type === "gfmFootnoteDefinitionIndent" && a[2].sliceSerialize(a[1], true).length === 4 ? t(u) : r(u);
  }
}
function yi2(e) {
  let r = (e || {}).singleTilde, n = { name: "strikethrough", tokenize: u, resolveAll: i };
  return r == null && (r = true), { text: { 126: n }, insideSpan: { null: [n] }, attentionMarkers: { null: [126] } };
  function i(a, o) {
    let s = -1;
    for (; ++s < a.length; ) if (a[s][0] === "enter" && a[s][1].type === "strikethroughSequenceTemporary" && a[s][1]._close) {
      let c = s;
      for (; c--; ) if (a[c][0] === "exit" && a[c][1].type === "strikethroughSequenceTemporary" && a[c][1]._open && a[s][1].end.offset - a[s][1].start.offset === a[c][1].end.offset - a[c][1].start.offset) {
        a[s][1].type = "strikethroughSequence", a[c][1].type = "strikethroughSequence";
        let l = { type: "strikethrough", start: Object.assign({}, a[c][1].start), end: Object.assign({}, a[s][1].end) }, f = { type: "strikethroughText", start: Object.assign({}, a[c][1].end), end: Object.assign({}, a[s][1].start) }, p = [["enter", l, o], ["enter", a[c][1], o], ["exit", a[c][1], o], ["enter", f, o]], m = o.parser.constructs.insideSpan.null;
        m && oe2(p, p.length, 0, ut2(m, a.slice(c + 1, s), o)), oe2(p, p.length, 0, [["exit", f, o], ["enter", a[s][1], o], ["exit", a[s][1], o], ["exit", l, o]]), oe2(a, c - 1, s - c + 3, p), s = c + p.length - 2;
        break;
      }
    }
    for (s = -1; ++s < a.length; ) a[s][1].type === "strikethroughSequenceTemporary" && (a[s][1].type = "data");
    return a;
  }
  function u(a, o, s) {
    let c = this.previous, l = this.events, f = 0;
    return p;
    function p(d) {
      return c === 126 && l[l.length - 1][1].type !== "characterEscape" ? s(d) : (a.enter("strikethroughSequenceTemporary"), m(d));
    }
    function m(d) {
      let k2 = Lt2(c);
      if (d === 126) return f > 1 ? s(d) : (a.consume(d), f++, m);
      if (f < 2 && !r) return s(d);
      let g = a.exit("strikethroughSequenceTemporary"), x = Lt2(d);
      return g._open = !x || x === 2 && !!k2, g._close = !k2 || k2 === 2 && !!x, o(d);
    }
  }
}
var Zr2 = class {
  constructor() {
    this.map = [], this.index = /* @__PURE__ */ new Map();
  }
  add(t, r, n) {
    FD(this, t, r, n);
  }
  consume(t) {
    if (this.map.sort(function(u, a) {
      return u[0] - a[0];
    }), this.map.length === 0) return;
    let r = this.map.length, n = [];
    for (; r > 0; ) r -= 1, n.push(t.slice(this.map[r][0] + this.map[r][1]), this.map[r][2]), t.length = this.map[r][0];
    n.push(t.slice()), t.length = 0;
    let i = n.pop();
    for (; i; ) {
      for (let u of i) t.push(u);
      i = n.pop();
    }
    this.map.length = 0, this.index.clear();
  }
};
function FD(e, t, r, n) {
  if (r === 0 && n.length === 0) return;
  let i = e.index.get(t);
  if (i) {
    i[1] += r, i[2].push(...n);
    return;
  }
  let u = [t, r, n];
  e.map.push(u), e.index.set(t, u);
}
function lo2(e, t) {
  let r = false, n = [];
  for (; t < e.length; ) {
    let i = e[t];
    if (r) {
      if (i[0] === "enter") i[1].type === "tableContent" && n.push(e[t + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
      else if (i[1].type === "tableContent") {
        if (e[t - 1][1].type === "tableDelimiterMarker") {
          let u = n.length - 1;
          n[u] = n[u] === "left" ? "center" : "right";
        }
      } else if (i[1].type === "tableDelimiterRow") break;
    } else i[0] === "enter" && i[1].type === "tableDelimiterRow" && (r = true);
    t += 1;
  }
  return n;
}
function vi2() {
  return { flow: { null: { name: "table", tokenize: bD, resolveAll: ED } } };
}
function bD(e, t, r) {
  let n = this, i = 0, u = 0, a;
  return o;
  function o(E) {
    let I2 = n.events.length - 1;
    for (; I2 > -1; ) {
      let { type: z2 } = n.events[I2][1];
      if (z2 === "lineEnding" || z2 === "linePrefix") I2--;
      else break;
    }
    let q = I2 > -1 ? n.events[I2][1].type : null, S2 = q === "tableHead" || q === "tableRow" ? D : s;
    return S2 === D && n.parser.lazy[n.now().line] ? r(E) : S2(E);
  }
  function s(E) {
    return e.enter("tableHead"), e.enter("tableRow"), c(E);
  }
  function c(E) {
    return E === 124 || (a = true, u += 1), l(E);
  }
  function l(E) {
    return E === null ? r(E) : B2(E) ? u > 1 ? (u = 0, n.interrupt = true, e.exit("tableRow"), e.enter("lineEnding"), e.consume(E), e.exit("lineEnding"), m) : r(E) : U2(E) ? H2(e, l, "whitespace")(E) : (u += 1, a && (a = false, i += 1), E === 124 ? (e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), a = true, l) : (e.enter("data"), f(E)));
  }
  function f(E) {
    return E === null || E === 124 || G2(E) ? (e.exit("data"), l(E)) : (e.consume(E), E === 92 ? p : f);
  }
  function p(E) {
    return E === 92 || E === 124 ? (e.consume(E), f) : f(E);
  }
  function m(E) {
    return n.interrupt = false, n.parser.lazy[n.now().line] ? r(E) : (e.enter("tableDelimiterRow"), a = false, U2(E) ? H2(e, d, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(E) : d(E));
  }
  function d(E) {
    return E === 45 || E === 58 ? g(E) : E === 124 ? (a = true, e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), k2) : C(E);
  }
  function k2(E) {
    return U2(E) ? H2(e, g, "whitespace")(E) : g(E);
  }
  function g(E) {
    return E === 58 ? (u += 1, a = true, e.enter("tableDelimiterMarker"), e.consume(E), e.exit("tableDelimiterMarker"), x) : E === 45 ? (u += 1, x(E)) : E === null || B2(E) ? T2(E) : C(E);
  }
  function x(E) {
    return E === 45 ? (e.enter("tableDelimiterFiller"), F(E)) : C(E);
  }
  function F(E) {
    return E === 45 ? (e.consume(E), F) : E === 58 ? (a = true, e.exit("tableDelimiterFiller"), e.enter("tableDelimiterMarker"), e.consume(E), e.exit("tableDelimiterMarker"), w2) : (e.exit("tableDelimiterFiller"), w2(E));
  }
  function w2(E) {
    return U2(E) ? H2(e, T2, "whitespace")(E) : T2(E);
  }
  function T2(E) {
    return E === 124 ? d(E) : E === null || B2(E) ? !a || i !== u ? C(E) : (e.exit("tableDelimiterRow"), e.exit("tableHead"), t(E)) : C(E);
  }
  function C(E) {
    return r(E);
  }
  function D(E) {
    return e.enter("tableRow"), v2(E);
  }
  function v2(E) {
    return E === 124 ? (e.enter("tableCellDivider"), e.consume(E), e.exit("tableCellDivider"), v2) : E === null || B2(E) ? (e.exit("tableRow"), t(E)) : U2(E) ? H2(e, v2, "whitespace")(E) : (e.enter("data"), L2(E));
  }
  function L2(E) {
    return E === null || E === 124 || G2(E) ? (e.exit("data"), v2(E)) : (e.consume(E), E === 92 ? y2 : L2);
  }
  function y2(E) {
    return E === 92 || E === 124 ? (e.consume(E), L2) : L2(E);
  }
}
function ED(e, t) {
  let r = -1, n = true, i = 0, u = [0, 0, 0, 0], a = [0, 0, 0, 0], o = false, s = 0, c, l, f, p = new Zr2();
  for (; ++r < e.length; ) {
    let m = e[r], d = m[1];
    m[0] === "enter" ? d.type === "tableHead" ? (o = false, s !== 0 && (co2(p, t, s, c, l), l = void 0, s = 0), c = { type: "table", start: Object.assign({}, d.start), end: Object.assign({}, d.end) }, p.add(r, 0, [["enter", c, t]])) : d.type === "tableRow" || d.type === "tableDelimiterRow" ? (n = true, f = void 0, u = [0, 0, 0, 0], a = [0, r + 1, 0, 0], o && (o = false, l = { type: "tableBody", start: Object.assign({}, d.start), end: Object.assign({}, d.end) }, p.add(r, 0, [["enter", l, t]])), i = d.type === "tableDelimiterRow" ? 2 : l ? 3 : 1) : i && (d.type === "data" || d.type === "tableDelimiterMarker" || d.type === "tableDelimiterFiller") ? (n = false, a[2] === 0 && (u[1] !== 0 && (a[0] = a[1], f = en2(p, t, u, i, void 0, f), u = [0, 0, 0, 0]), a[2] = r)) : d.type === "tableCellDivider" && (n ? n = false : (u[1] !== 0 && (a[0] = a[1], f = en2(p, t, u, i, void 0, f)), u = a, a = [u[1], r, 0, 0])) : d.type === "tableHead" ? (o = true, s = r) : d.type === "tableRow" || d.type === "tableDelimiterRow" ? (s = r, u[1] !== 0 ? (a[0] = a[1], f = en2(p, t, u, i, r, f)) : a[1] !== 0 && (f = en2(p, t, a, i, r, f)), i = 0) : i && (d.type === "data" || d.type === "tableDelimiterMarker" || d.type === "tableDelimiterFiller") && (a[3] = r);
  }
  for (s !== 0 && co2(p, t, s, c, l), p.consume(t.events), r = -1; ++r < t.events.length; ) {
    let m = t.events[r];
    m[0] === "enter" && m[1].type === "table" && (m[1]._align = lo2(t.events, r));
  }
  return e;
}
function en2(e, t, r, n, i, u) {
  let a = n === 1 ? "tableHeader" : n === 2 ? "tableDelimiter" : "tableData", o = "tableContent";
  r[0] !== 0 && (u.end = Object.assign({}, qt2(t.events, r[0])), e.add(r[0], 0, [["exit", u, t]]));
  let s = qt2(t.events, r[1]);
  if (u = { type: a, start: Object.assign({}, s), end: Object.assign({}, s) }, e.add(r[1], 0, [["enter", u, t]]), r[2] !== 0) {
    let c = qt2(t.events, r[2]), l = qt2(t.events, r[3]), f = { type: o, start: Object.assign({}, c), end: Object.assign({}, l) };
    if (e.add(r[2], 0, [["enter", f, t]]), n !== 2) {
      let p = t.events[r[2]], m = t.events[r[3]];
      if (p[1].end = Object.assign({}, m[1].end), p[1].type = "chunkText", p[1].contentType = "text", r[3] > r[2] + 1) {
        let d = r[2] + 1, k2 = r[3] - r[2] - 1;
        e.add(d, k2, []);
      }
    }
    e.add(r[3] + 1, 0, [["exit", f, t]]);
  }
  return i !== void 0 && (u.end = Object.assign({}, qt2(t.events, i)), e.add(i, 0, [["exit", u, t]]), u = void 0), u;
}
function co2(e, t, r, n, i) {
  let u = [], a = qt2(t.events, r);
  i && (i.end = Object.assign({}, a), u.push(["exit", i, t])), n.end = Object.assign({}, a), u.push(["exit", n, t]), e.add(r + 1, 0, u);
}
function qt2(e, t) {
  let r = e[t], n = r[0] === "enter" ? "start" : "end";
  return r[1][n];
}
var wD = { name: "tasklistCheck", tokenize: CD };
function Ai2() {
  return { text: { 91: wD } };
}
function CD(e, t, r) {
  let n = this;
  return i;
  function i(s) {
    return n.previous !== null || !n._gfmTasklistFirstContentOfListItem ? r(s) : (e.enter("taskListCheck"), e.enter("taskListCheckMarker"), e.consume(s), e.exit("taskListCheckMarker"), u);
  }
  function u(s) {
    return G2(s) ? (e.enter("taskListCheckValueUnchecked"), e.consume(s), e.exit("taskListCheckValueUnchecked"), a) : s === 88 || s === 120 ? (e.enter("taskListCheckValueChecked"), e.consume(s), e.exit("taskListCheckValueChecked"), a) : r(s);
  }
  function a(s) {
    return s === 93 ? (e.enter("taskListCheckMarker"), e.consume(s), e.exit("taskListCheckMarker"), e.exit("taskListCheck"), o) : r(s);
  }
  function o(s) {
    return B2(s) ? t(s) : U2(s) ? e.check({ tokenize: yD }, t, r)(s) : r(s);
  }
}
function yD(e, t, r) {
  return H2(e, n, "whitespace");
  function n(i) {
    return i === null ? r(i) : t(i);
  }
}
function fo2(e) {
  return Ur2([Ei2(), Ci2(), yi2(e), vi2(), Ai2()]);
}
var ho2 = { tokenize: vD, concrete: true, name: "mathFlow" };
var po2 = { tokenize: AD, partial: true };
function vD(e, t, r) {
  let n = this, i = n.events[n.events.length - 1], u = i && i[1].type === "linePrefix" ? i[2].sliceSerialize(i[1], true).length : 0, a = 0;
  return o;
  function o(F) {
    return e.enter("mathFlow"), e.enter("mathFlowFence"), e.enter("mathFlowFenceSequence"), s(F);
  }
  function s(F) {
    return F === 36 ? (e.consume(F), a++, s) : a < 2 ? r(F) : (e.exit("mathFlowFenceSequence"), H2(e, c, "whitespace")(F));
  }
  function c(F) {
    return F === null || B2(F) ? f(F) : (e.enter("mathFlowFenceMeta"), e.enter("chunkString", { contentType: "string" }), l(F));
  }
  function l(F) {
    return F === null || B2(F) ? (e.exit("chunkString"), e.exit("mathFlowFenceMeta"), f(F)) : F === 36 ? r(F) : (e.consume(F), l);
  }
  function f(F) {
    return e.exit("mathFlowFence"), n.interrupt ? t(F) : e.attempt(po2, p, g)(F);
  }
  function p(F) {
    return e.attempt({ tokenize: x, partial: true }, g, m)(F);
  }
  function m(F) {
    return (u ? H2(e, d, "linePrefix", u + 1) : d)(F);
  }
  function d(F) {
    return F === null ? g(F) : B2(F) ? e.attempt(po2, p, g)(F) : (e.enter("mathFlowValue"), k2(F));
  }
  function k2(F) {
    return F === null || B2(F) ? (e.exit("mathFlowValue"), d(F)) : (e.consume(F), k2);
  }
  function g(F) {
    return e.exit("mathFlow"), t(F);
  }
  function x(F, w2, T2) {
    let C = 0;
    return H2(F, D, "linePrefix", n.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function D(y2) {
      return F.enter("mathFlowFence"), F.enter("mathFlowFenceSequence"), v2(y2);
    }
    function v2(y2) {
      return y2 === 36 ? (C++, F.consume(y2), v2) : C < a ? T2(y2) : (F.exit("mathFlowFenceSequence"), H2(F, L2, "whitespace")(y2));
    }
    function L2(y2) {
      return y2 === null || B2(y2) ? (F.exit("mathFlowFence"), w2(y2)) : T2(y2);
    }
  }
}
function AD(e, t, r) {
  let n = this;
  return i;
  function i(a) {
    return a === null ? t(a) : (e.enter("lineEnding"), e.consume(a), e.exit("lineEnding"), u);
  }
  function u(a) {
    return n.parser.lazy[n.now().line] ? r(a) : t(a);
  }
}
function mo2(e) {
  let r = (e || {}).singleDollarTextMath;
  return r == null && (r = true), { tokenize: n, resolve: TD, previous: SD, name: "mathText" };
  function n(i, u, a) {
    let o = this, s = 0, c, l;
    return f;
    function f(g) {
      return i.enter("mathText"), i.enter("mathTextSequence"), p(g);
    }
    function p(g) {
      return g === 36 ? (i.consume(g), s++, p) : s < 2 && !r ? a(g) : (i.exit("mathTextSequence"), m(g));
    }
    function m(g) {
      return g === null ? a(g) : g === 36 ? (l = i.enter("mathTextSequence"), c = 0, k2(g)) : g === 32 ? (i.enter("space"), i.consume(g), i.exit("space"), m) : B2(g) ? (i.enter("lineEnding"), i.consume(g), i.exit("lineEnding"), m) : (i.enter("mathTextData"), d(g));
    }
    function d(g) {
      return g === null || g === 32 || g === 36 || B2(g) ? (i.exit("mathTextData"), m(g)) : (i.consume(g), d);
    }
    function k2(g) {
      return g === 36 ? (i.consume(g), c++, k2) : c === s ? (i.exit("mathTextSequence"), i.exit("mathText"), u(g)) : (l.type = "mathTextData", d(g));
    }
  }
}
function TD(e) {
  let t = e.length - 4, r = 3, n, i;
  if ((e[r][1].type === "lineEnding" || e[r][1].type === "space") && (e[t][1].type === "lineEnding" || e[t][1].type === "space")) {
    for (n = r; ++n < t; ) if (e[n][1].type === "mathTextData") {
      e[t][1].type = "mathTextPadding", e[r][1].type = "mathTextPadding", r += 2, t -= 2;
      break;
    }
  }
  for (n = r - 1, t++; ++n <= t; ) i === void 0 ? n !== t && e[n][1].type !== "lineEnding" && (i = n) : (n === t || e[n][1].type === "lineEnding") && (e[i][1].type = "mathTextData", n !== i + 2 && (e[i][1].end = e[n - 1][1].end, e.splice(i + 2, n - i - 2), t -= n - i - 2, n = i + 2), i = void 0);
  return e;
}
function SD(e) {
  return e !== 36 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function Ti(e) {
  return { flow: { 36: ho2 }, text: { 36: mo2(e) } };
}
var Bt2 = (e, t) => (r, n, ...i) => r | 1 && n == null ? void 0 : (t.call(n) ?? n[e]).apply(n, i);
function LD(e) {
  return this[e < 0 ? this.length + e : e];
}
var ID = Bt2("at", function() {
  if (Array.isArray(this) || typeof this == "string") return LD;
});
var K2 = ID;
var qD = String.prototype.replaceAll ?? function(e, t) {
  return e.global ? this.replace(e, t) : this.split(e).join(t);
};
var BD = Bt2("replaceAll", function() {
  if (typeof this == "string") return qD;
});
var Q2 = BD;
var _D = () => {
};
var sr2 = _D;
function PD(e) {
  return Q2(0, e, /[^\n]/g, " ");
}
var Do2 = PD;
var tn2 = /* @__PURE__ */ Symbol.for("PRETTIER_IS_FRONT_MATTER");
var lr2 = 3;
function ND(e) {
  let t = e.slice(0, lr2);
  if (t !== "---" && t !== "+++") return;
  let r = e.indexOf(`
`, lr2);
  if (r === -1) return;
  let n = e.slice(lr2, r).trim(), i = e.indexOf(`
${t}`, r), u = n;
  if (u || (u = t === "+++" ? "toml" : "yaml"), i === -1 && t === "---" && u === "yaml" && (i = e.indexOf(`
...`, r)), i === -1) return;
  let a = i + 1 + lr2, o = e.charAt(a + 1);
  if (!/\s?/.test(o)) return;
  let s = e.slice(0, a), c;
  return { language: u, explicitLanguage: n || null, value: e.slice(r + 1, i), startDelimiter: t, endDelimiter: s.slice(-lr2), raw: s, start: { line: 1, column: 0, index: 0 }, end: { index: s.length, get line() {
    return c ?? (c = s.split(`
`)), c.length;
  }, get column() {
    return c ?? (c = s.split(`
`)), K2(0, c, -1).length;
  } }, [tn2]: true };
}
function OD(e) {
  let t = ND(e);
  return t ? { frontMatter: t, get content() {
    let { raw: r } = t;
    return Do2(r) + e.slice(r.length);
  } } : { content: e };
}
var je2 = OD;
function Si2(e, t) {
  let r = String(e);
  if (typeof t != "string") throw new TypeError("Expected character");
  let n = 0, i = r.indexOf(t);
  for (; i !== -1; ) n++, i = r.indexOf(t, i + t.length);
  return n;
}
function We2(e) {
  if (typeof e != "string") throw new TypeError("Expected a string");
  return e.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
var _t2 = (function(e) {
  if (e == null) return UD;
  if (typeof e == "function") return rn2(e);
  if (typeof e == "object") return Array.isArray(e) ? RD(e) : MD(e);
  if (typeof e == "string") return zD(e);
  throw new Error("Expected function, string, or object as test");
});
function RD(e) {
  let t = [], r = -1;
  for (; ++r < e.length; ) t[r] = _t2(e[r]);
  return rn2(n);
  function n(...i) {
    let u = -1;
    for (; ++u < t.length; ) if (t[u].apply(this, i)) return true;
    return false;
  }
}
function MD(e) {
  let t = e;
  return rn2(r);
  function r(n) {
    let i = n, u;
    for (u in e) if (i[u] !== t[u]) return false;
    return true;
  }
}
function zD(e) {
  return rn2(t);
  function t(r) {
    return r && r.type === e;
  }
}
function rn2(e) {
  return t;
  function t(r, n, i) {
    return !!(HD(r) && e.call(this, r, typeof n == "number" ? n : void 0, i || void 0));
  }
}
function UD() {
  return true;
}
function HD(e) {
  return e !== null && typeof e == "object" && "type" in e;
}
var xo2 = [];
var ko2 = true;
var nn2 = false;
var cr2 = "skip";
function Li2(e, t, r, n) {
  if (!e || typeof e != "object") throw new Error("Unexpected value `" + e + "` for `tree`, expected node");
  let i = true, u, a, o, s;
  if (typeof r == "function" || r && typeof r == "object" ? (u = t, a = r, n && (i = false)) : (a = t, r && (i = false)), typeof a == "function") o = a;
  else if (a && typeof a == "object") {
    if (!(a.enter === null || a.enter === void 0)) if (typeof a.enter == "function") o = a.enter;
    else throw new Error("Unexpected value `" + a.enter + "` for `visitors.enter`, expected optional visitor");
    if (typeof a.exit == "function") s = a.exit;
    else throw new Error("Unexpected value `" + a.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)");
  } else throw new Error("Unexpected value `" + a + "` for `enter` or `visitors`, expected visitor or object with visitors");
  let c = _t2(u), l = i ? 1 : -1;
  f(e, void 0, [])();
  function f(p, m, d) {
    let k2 = p && typeof p == "object" ? p : {};
    if (typeof k2.type == "string") {
      let x = typeof k2.tagName == "string" ? k2.tagName : typeof k2.name == "string" ? k2.name : void 0;
      Object.defineProperty(g, "name", { value: "node (" + (p.type + (x ? "<" + x + ">" : "")) + ")" });
    }
    return g;
    function g() {
      let x = !u || c(p, m, d[d.length - 1] || void 0), F = xo2;
      if (o && x && (F = go2(o(p, d, m)), F[0] === nn2)) return F;
      if ("children" in p && p.children) {
        let w2 = p;
        if (w2.children && F[0] !== cr2) {
          let T2 = (i ? -1 : w2.children.length) + l, C = [...d, w2];
          for (; T2 > -1 && T2 < w2.children.length; ) {
            let D = w2.children[T2], v2 = f(D, T2, C)();
            if (v2[0] === nn2) return v2;
            T2 = typeof v2[1] == "number" ? v2[1] : T2 + l;
          }
        }
      }
      if (s && x) {
        let w2 = go2(s(p, d, m));
        if (w2[0] === cr2) throw new Error("Unexpected value `" + w2[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing");
        if (w2[0] === nn2 || typeof w2[1] == "number") return w2;
      }
      return F;
    }
  }
}
function go2(e) {
  return Array.isArray(e) ? e : typeof e == "number" ? [ko2, e] : e == null ? xo2 : [e];
}
function Ii2(e, t, r) {
  let i = _t2((r || {}).ignore || []), u = VD(t), a = -1;
  for (; ++a < u.length; ) Li2(e, o);
  function o(c, l, f) {
    if (c.type === "text" && typeof f == "number") return s(c, l, f);
    if (i(c, f, l[l.length - 1])) return cr2;
  }
  function s(c, l, f) {
    let p = l[l.length - 1], m = u[a][0], d = u[a][1], k2 = 0, g = false, x = [];
    m.lastIndex = 0;
    let F = m.exec(c.value);
    for (; F; ) {
      let T2 = F.index, C = { index: F.index, input: F.input, stack: [...l, c] }, D = d(...F, C);
      if (typeof D == "string" && (D = D.length > 0 ? { type: "text", value: D } : void 0), D === false) m.lastIndex = T2 + 1;
      else {
        if (k2 !== T2 && w2({ type: "text", value: c.value.slice(k2, T2) }), Array.isArray(D)) for (let v2 of D) w2(v2);
        else D && w2(D);
        k2 = T2 + F[0].length, g = true;
      }
      if (!m.global) break;
      F = m.exec(c.value);
    }
    return g ? (k2 < c.value.length && w2({ type: "text", value: c.value.slice(k2) }), p.children.splice(f, 1, ...x)) : x = [c], f + x.length;
    function w2(T2) {
      let C = x[x.length - 1];
      C && C.type === "text" && T2.type === "text" ? C.value += T2.value : x.push(T2);
    }
  }
}
function VD(e) {
  if (!Array.isArray(e)) throw new TypeError("Expected find and replace tuple or list of tuples");
  let t = [], r = !e[0] || Array.isArray(e[0]) ? e : [e], n = -1;
  for (; ++n < r.length; ) {
    let i = r[n];
    t.push([GD(i[0]), jD(i[1])]);
  }
  return t;
}
function GD(e) {
  return typeof e == "string" ? new RegExp(We2(e), "g") : e;
}
function jD(e) {
  return typeof e == "function" ? e : function() {
    return e;
  };
}
function Bi2() {
  return { transforms: [XD], enter: { literalAutolink: WD, literalAutolinkEmail: qi, literalAutolinkHttp: qi, literalAutolinkWww: qi }, exit: { literalAutolink: QD, literalAutolinkEmail: KD, literalAutolinkHttp: YD, literalAutolinkWww: $D } };
}
function WD(e) {
  this.enter({ type: "link", title: null, url: "", children: [] }, e);
}
function qi(e) {
  this.config.enter.autolinkProtocol.call(this, e);
}
function YD(e) {
  this.config.exit.autolinkProtocol.call(this, e);
}
function $D(e) {
  this.config.exit.data.call(this, e);
  let t = this.stack[this.stack.length - 1];
  t.type, t.url = "http://" + this.sliceSerialize(e);
}
function KD(e) {
  this.config.exit.autolinkEmail.call(this, e);
}
function QD(e) {
  this.exit(e);
}
function XD(e) {
  Ii2(e, [[/(https?:\/\/|www(?=\.))([-.\w]+)([^ \t\r\n]*)/gi, JD], [new RegExp("(?<=^|\\s|\\p{P}|\\p{S})([-.\\w+]+)@([-\\w]+(?:\\.[-\\w]+)+)", "gu"), ZD]], { ignore: ["link", "linkReference"] });
}
function JD(e, t, r, n, i) {
  let u = "";
  if (!Fo2(i) || (/^w/i.test(t) && (r = t + r, t = "", u = "http://"), !eg(r))) return false;
  let a = tg(r + n);
  if (!a[0]) return false;
  let o = { type: "link", title: null, url: u + t + a[0], children: [{ type: "text", value: t + a[0] }] };
  return a[1] ? [o, { type: "text", value: a[1] }] : o;
}
function ZD(e, t, r, n) {
  return !Fo2(n, true) || /[-\d_]$/.test(r) ? false : { type: "link", title: null, url: "mailto:" + t + "@" + r, children: [{ type: "text", value: t + "@" + r }] };
}
function eg(e) {
  let t = e.split(".");
  return !(t.length < 2 || t[t.length - 1] && (/_/.test(t[t.length - 1]) || !/[a-zA-Z\d]/.test(t[t.length - 1])) || t[t.length - 2] && (/_/.test(t[t.length - 2]) || !/[a-zA-Z\d]/.test(t[t.length - 2])));
}
function tg(e) {
  let t = /[!"&'),.:;<>?\]}]+$/.exec(e);
  if (!t) return [e, void 0];
  e = e.slice(0, t.index);
  let r = t[0], n = r.indexOf(")"), i = Si2(e, "("), u = Si2(e, ")");
  for (; n !== -1 && i > u; ) e += r.slice(0, n + 1), r = r.slice(n + 1), n = r.indexOf(")"), u++;
  return [e, r];
}
function Fo2(e, t) {
  let r = e.input.charCodeAt(e.index - 1);
  return (e.index === 0 || Be2(r) || gt2(r)) && (!t || r !== 47);
}
pg.peek = fg;
function ng() {
  this.buffer();
}
function ig(e) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, e);
}
function ag() {
  this.buffer();
}
function ug(e) {
  this.enter({ type: "footnoteDefinition", identifier: "", label: "", children: [] }, e);
}
function og(e) {
  let t = this.resume(), r = this.stack[this.stack.length - 1];
  r.type, r.identifier = ce2(this.sliceSerialize(e)).toLowerCase(), r.label = t;
}
function sg(e) {
  this.exit(e);
}
function lg(e) {
  let t = this.resume(), r = this.stack[this.stack.length - 1];
  r.type, r.identifier = ce2(this.sliceSerialize(e)).toLowerCase(), r.label = t;
}
function cg(e) {
  this.exit(e);
}
function fg() {
  return "[";
}
function pg(e, t, r, n) {
  let i = r.createTracker(n), u = i.move("[^"), a = r.enter("footnoteReference"), o = r.enter("reference");
  return u += i.move(r.safe(r.associationId(e), { after: "]", before: u })), o(), a(), u += i.move("]"), u;
}
function _i2() {
  return { enter: { gfmFootnoteCallString: ng, gfmFootnoteCall: ig, gfmFootnoteDefinitionLabelString: ag, gfmFootnoteDefinition: ug }, exit: { gfmFootnoteCallString: og, gfmFootnoteCall: sg, gfmFootnoteDefinitionLabelString: lg, gfmFootnoteDefinition: cg } };
}
bo2.attention = Dg;
bo2.peek = gg;
function Pi2() {
  return { canContainEols: ["delete"], enter: { strikethrough: mg }, exit: { strikethrough: dg } };
}
function mg(e) {
  this.enter({ type: "delete", children: [], position: void 0 }, e);
}
function dg(e) {
  this.exit(e);
}
function bo2(e, t, r, n) {
  let i = r.createTracker(n), u = r.stack.includes("strikethrough") ? "~" : "~~", a = r.enter("strikethrough"), o = i.move(u);
  return o += r.containerPhrasing(e, { ...i.current(), before: o, after: "~" }), o += i.move(u), a(), o;
}
function Dg() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function gg() {
  return "~";
}
function Oi2() {
  return { enter: { table: kg, tableData: Eo2, tableHeader: Eo2, tableRow: bg }, exit: { codeText: Eg, table: Fg, tableData: Ni2, tableHeader: Ni2, tableRow: Ni2 } };
}
function kg(e) {
  let t = e._align;
  this.enter({ type: "table", align: t.map(function(r) {
    return r === "none" ? null : r;
  }), children: [], position: void 0 }, e), this.data.inTable = true;
}
function Fg(e) {
  this.exit(e), this.data.inTable = void 0;
}
function bg(e) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, e);
}
function Ni2(e) {
  this.exit(e);
}
function Eo2(e) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, e);
}
function Eg(e) {
  let t = this.resume();
  this.data.inTable && (t = t.replace(/\\([\\|])/g, wg));
  let r = this.stack[this.stack.length - 1];
  r.type, r.value = t, this.exit(e);
}
function wg(e, t) {
  return t === "|" ? t : e;
}
function Ri2() {
  return { exit: { taskListCheckValueChecked: wo2, taskListCheckValueUnchecked: wo2, paragraph: yg } };
}
function wo2(e) {
  let t = this.stack[this.stack.length - 2];
  t.type, t.checked = e.type === "taskListCheckValueChecked";
}
function yg(e) {
  let t = this.stack[this.stack.length - 2];
  if (t && t.type === "listItem" && typeof t.checked == "boolean") {
    let r = this.stack[this.stack.length - 1];
    r.type;
    let n = r.children[0];
    if (n && n.type === "text") {
      let i = t.children, u = -1, a;
      for (; ++u < i.length; ) {
        let o = i[u];
        if (o.type === "paragraph") {
          a = o;
          break;
        }
      }
      a === r && (n.value = n.value.slice(1), n.value.length === 0 ? r.children.shift() : r.position && n.position && typeof n.position.start.offset == "number" && (n.position.start.column++, n.position.start.offset++, r.position.start = Object.assign({}, n.position.start)));
    }
  }
  this.exit(e);
}
function Mi2() {
  return [Bi2(), _i2(), Pi2(), Oi2(), Ri2()];
}
function Co2() {
  let e = Mi2(), t = e.find((r) => r.enter.literalAutolink);
  return t.transforms = [], e;
}
var R2 = { carriageReturn: -5, lineFeed: -4, carriageReturnLineFeed: -3, horizontalTab: -2, virtualSpace: -1, eof: null, nul: 0, soh: 1, stx: 2, etx: 3, eot: 4, enq: 5, ack: 6, bel: 7, bs: 8, ht: 9, lf: 10, vt: 11, ff: 12, cr: 13, so: 14, si: 15, dle: 16, dc1: 17, dc2: 18, dc3: 19, dc4: 20, nak: 21, syn: 22, etb: 23, can: 24, em: 25, sub: 26, esc: 27, fs: 28, gs: 29, rs: 30, us: 31, space: 32, exclamationMark: 33, quotationMark: 34, numberSign: 35, dollarSign: 36, percentSign: 37, ampersand: 38, apostrophe: 39, leftParenthesis: 40, rightParenthesis: 41, asterisk: 42, plusSign: 43, comma: 44, dash: 45, dot: 46, slash: 47, digit0: 48, digit1: 49, digit2: 50, digit3: 51, digit4: 52, digit5: 53, digit6: 54, digit7: 55, digit8: 56, digit9: 57, colon: 58, semicolon: 59, lessThan: 60, equalsTo: 61, greaterThan: 62, questionMark: 63, atSign: 64, uppercaseA: 65, uppercaseB: 66, uppercaseC: 67, uppercaseD: 68, uppercaseE: 69, uppercaseF: 70, uppercaseG: 71, uppercaseH: 72, uppercaseI: 73, uppercaseJ: 74, uppercaseK: 75, uppercaseL: 76, uppercaseM: 77, uppercaseN: 78, uppercaseO: 79, uppercaseP: 80, uppercaseQ: 81, uppercaseR: 82, uppercaseS: 83, uppercaseT: 84, uppercaseU: 85, uppercaseV: 86, uppercaseW: 87, uppercaseX: 88, uppercaseY: 89, uppercaseZ: 90, leftSquareBracket: 91, backslash: 92, rightSquareBracket: 93, caret: 94, underscore: 95, graveAccent: 96, lowercaseA: 97, lowercaseB: 98, lowercaseC: 99, lowercaseD: 100, lowercaseE: 101, lowercaseF: 102, lowercaseG: 103, lowercaseH: 104, lowercaseI: 105, lowercaseJ: 106, lowercaseK: 107, lowercaseL: 108, lowercaseM: 109, lowercaseN: 110, lowercaseO: 111, lowercaseP: 112, lowercaseQ: 113, lowercaseR: 114, lowercaseS: 115, lowercaseT: 116, lowercaseU: 117, lowercaseV: 118, lowercaseW: 119, lowercaseX: 120, lowercaseY: 121, lowercaseZ: 122, leftCurlyBrace: 123, verticalBar: 124, rightCurlyBrace: 125, tilde: 126, del: 127, byteOrderMarker: 65279, replacementCharacter: 65533 };
var zi2 = { attentionSideAfter: 2, attentionSideBefore: 1, atxHeadingOpeningFenceSizeMax: 6, autolinkDomainSizeMax: 63, autolinkSchemeSizeMax: 32, cdataOpeningString: "CDATA[", characterGroupPunctuation: 2, characterGroupWhitespace: 1, characterReferenceDecimalSizeMax: 7, characterReferenceHexadecimalSizeMax: 6, characterReferenceNamedSizeMax: 31, codeFencedSequenceSizeMin: 3, contentTypeContent: "content", contentTypeDocument: "document", contentTypeFlow: "flow", contentTypeString: "string", contentTypeText: "text", hardBreakPrefixSizeMin: 2, htmlBasic: 6, htmlCdata: 5, htmlComment: 2, htmlComplete: 7, htmlDeclaration: 4, htmlInstruction: 3, htmlRawSizeMax: 8, htmlRaw: 1, linkResourceDestinationBalanceMax: 32, linkReferenceSizeMax: 999, listItemValueSizeMax: 10, numericBaseDecimal: 10, numericBaseHexadecimal: 16, tabSize: 4, thematicBreakMarkerCountMin: 3, v8MaxSafeChunkSize: 1e4 };
var re2 = { data: "data", whitespace: "whitespace", lineEnding: "lineEnding", lineEndingBlank: "lineEndingBlank", linePrefix: "linePrefix", lineSuffix: "lineSuffix", atxHeading: "atxHeading", atxHeadingSequence: "atxHeadingSequence", atxHeadingText: "atxHeadingText", autolink: "autolink", autolinkEmail: "autolinkEmail", autolinkMarker: "autolinkMarker", autolinkProtocol: "autolinkProtocol", characterEscape: "characterEscape", characterEscapeValue: "characterEscapeValue", characterReference: "characterReference", characterReferenceMarker: "characterReferenceMarker", characterReferenceMarkerNumeric: "characterReferenceMarkerNumeric", characterReferenceMarkerHexadecimal: "characterReferenceMarkerHexadecimal", characterReferenceValue: "characterReferenceValue", codeFenced: "codeFenced", codeFencedFence: "codeFencedFence", codeFencedFenceSequence: "codeFencedFenceSequence", codeFencedFenceInfo: "codeFencedFenceInfo", codeFencedFenceMeta: "codeFencedFenceMeta", codeFlowValue: "codeFlowValue", codeIndented: "codeIndented", codeText: "codeText", codeTextData: "codeTextData", codeTextPadding: "codeTextPadding", codeTextSequence: "codeTextSequence", content: "content", definition: "definition", definitionDestination: "definitionDestination", definitionDestinationLiteral: "definitionDestinationLiteral", definitionDestinationLiteralMarker: "definitionDestinationLiteralMarker", definitionDestinationRaw: "definitionDestinationRaw", definitionDestinationString: "definitionDestinationString", definitionLabel: "definitionLabel", definitionLabelMarker: "definitionLabelMarker", definitionLabelString: "definitionLabelString", definitionMarker: "definitionMarker", definitionTitle: "definitionTitle", definitionTitleMarker: "definitionTitleMarker", definitionTitleString: "definitionTitleString", emphasis: "emphasis", emphasisSequence: "emphasisSequence", emphasisText: "emphasisText", escapeMarker: "escapeMarker", hardBreakEscape: "hardBreakEscape", hardBreakTrailing: "hardBreakTrailing", htmlFlow: "htmlFlow", htmlFlowData: "htmlFlowData", htmlText: "htmlText", htmlTextData: "htmlTextData", image: "image", label: "label", labelText: "labelText", labelLink: "labelLink", labelImage: "labelImage", labelMarker: "labelMarker", labelImageMarker: "labelImageMarker", labelEnd: "labelEnd", link: "link", paragraph: "paragraph", reference: "reference", referenceMarker: "referenceMarker", referenceString: "referenceString", resource: "resource", resourceDestination: "resourceDestination", resourceDestinationLiteral: "resourceDestinationLiteral", resourceDestinationLiteralMarker: "resourceDestinationLiteralMarker", resourceDestinationRaw: "resourceDestinationRaw", resourceDestinationString: "resourceDestinationString", resourceMarker: "resourceMarker", resourceTitle: "resourceTitle", resourceTitleMarker: "resourceTitleMarker", resourceTitleString: "resourceTitleString", setextHeading: "setextHeading", setextHeadingText: "setextHeadingText", setextHeadingLine: "setextHeadingLine", setextHeadingLineSequence: "setextHeadingLineSequence", strong: "strong", strongSequence: "strongSequence", strongText: "strongText", thematicBreak: "thematicBreak", thematicBreakSequence: "thematicBreakSequence", blockQuote: "blockQuote", blockQuotePrefix: "blockQuotePrefix", blockQuoteMarker: "blockQuoteMarker", blockQuotePrefixWhitespace: "blockQuotePrefixWhitespace", listOrdered: "listOrdered", listUnordered: "listUnordered", listItemIndent: "listItemIndent", listItemMarker: "listItemMarker", listItemPrefix: "listItemPrefix", listItemPrefixWhitespace: "listItemPrefixWhitespace", listItemValue: "listItemValue", chunkDocument: "chunkDocument", chunkContent: "chunkContent", chunkFlow: "chunkFlow", chunkText: "chunkText", chunkString: "chunkString" };
var Ag = { name: "htmlText", tokenize: Tg, add: "before" };
function Tg(e, t, r) {
  let n = this, i, u, a;
  return o;
  function o(h2) {
    return an2(h2 === R2.lessThan, "expected `<`"), e.enter(re2.htmlText), e.enter(re2.htmlTextData), e.consume(h2), s;
  }
  function s(h2) {
    return h2 === R2.exclamationMark ? (e.consume(h2), c) : h2 === R2.slash ? (e.consume(h2), C) : h2 === R2.questionMark ? (e.consume(h2), w2) : X2(h2) ? (e.consume(h2), L2) : r(h2);
  }
  function c(h2) {
    return h2 === R2.dash ? (e.consume(h2), l) : h2 === R2.leftSquareBracket ? (e.consume(h2), u = 0, d) : X2(h2) ? (e.consume(h2), F) : r(h2);
  }
  function l(h2) {
    return h2 === R2.dash ? (e.consume(h2), m) : r(h2);
  }
  function f(h2) {
    return h2 === R2.eof ? r(h2) : h2 === R2.dash ? (e.consume(h2), p) : B2(h2) ? (a = f, O2(h2)) : (e.consume(h2), f);
  }
  function p(h2) {
    return h2 === R2.dash ? (e.consume(h2), m) : f(h2);
  }
  function m(h2) {
    return h2 === R2.greaterThan ? M2(h2) : h2 === R2.dash ? p(h2) : f(h2);
  }
  function d(h2) {
    let Y2 = zi2.cdataOpeningString;
    return h2 === Y2.charCodeAt(u++) ? (e.consume(h2), u === Y2.length ? k2 : d) : r(h2);
  }
  function k2(h2) {
    return h2 === R2.eof ? r(h2) : h2 === R2.rightSquareBracket ? (e.consume(h2), g) : B2(h2) ? (a = k2, O2(h2)) : (e.consume(h2), k2);
  }
  function g(h2) {
    return h2 === R2.rightSquareBracket ? (e.consume(h2), x) : k2(h2);
  }
  function x(h2) {
    return h2 === R2.greaterThan ? M2(h2) : h2 === R2.rightSquareBracket ? (e.consume(h2), x) : k2(h2);
  }
  function F(h2) {
    return h2 === R2.eof || h2 === R2.greaterThan ? M2(h2) : B2(h2) ? (a = F, O2(h2)) : (e.consume(h2), F);
  }
  function w2(h2) {
    return h2 === R2.eof ? r(h2) : h2 === R2.questionMark ? (e.consume(h2), T2) : B2(h2) ? (a = w2, O2(h2)) : (e.consume(h2), w2);
  }
  function T2(h2) {
    return h2 === R2.greaterThan ? M2(h2) : w2(h2);
  }
  function C(h2) {
    return X2(h2) ? (e.consume(h2), D) : r(h2);
  }
  function D(h2) {
    return h2 === R2.dash || ee2(h2) ? (e.consume(h2), D) : v2(h2);
  }
  function v2(h2) {
    return B2(h2) ? (a = v2, O2(h2)) : U2(h2) ? (e.consume(h2), v2) : M2(h2);
  }
  function L2(h2) {
    return h2 === R2.dash || ee2(h2) ? (e.consume(h2), L2) : h2 === R2.slash || h2 === R2.greaterThan || G2(h2) ? y2(h2) : r(h2);
  }
  function y2(h2) {
    return h2 === R2.slash ? (e.consume(h2), M2) : h2 === R2.colon || h2 === R2.underscore || X2(h2) ? (e.consume(h2), E) : B2(h2) ? (a = y2, O2(h2)) : U2(h2) ? (e.consume(h2), y2) : M2(h2);
  }
  function E(h2) {
    return h2 === R2.dash || h2 === R2.dot || h2 === R2.colon || h2 === R2.underscore || ee2(h2) ? (e.consume(h2), E) : I2(h2);
  }
  function I2(h2) {
    return h2 === R2.equalsTo ? (e.consume(h2), q) : B2(h2) ? (a = I2, O2(h2)) : U2(h2) ? (e.consume(h2), I2) : y2(h2);
  }
  function q(h2) {
    return h2 === R2.eof || h2 === R2.lessThan || h2 === R2.equalsTo || h2 === R2.greaterThan || h2 === R2.graveAccent ? r(h2) : h2 === R2.quotationMark || h2 === R2.apostrophe ? (e.consume(h2), i = h2, S2) : B2(h2) ? (a = q, O2(h2)) : U2(h2) ? (e.consume(h2), q) : (e.consume(h2), z2);
  }
  function S2(h2) {
    return h2 === i ? (e.consume(h2), i = void 0, N) : h2 === R2.eof ? r(h2) : B2(h2) ? (a = S2, O2(h2)) : (e.consume(h2), S2);
  }
  function z2(h2) {
    return h2 === R2.eof || h2 === R2.quotationMark || h2 === R2.apostrophe || h2 === R2.lessThan || h2 === R2.equalsTo || h2 === R2.graveAccent ? r(h2) : h2 === R2.slash || h2 === R2.greaterThan || G2(h2) ? y2(h2) : (e.consume(h2), z2);
  }
  function N(h2) {
    return h2 === R2.slash || h2 === R2.greaterThan || G2(h2) ? y2(h2) : r(h2);
  }
  function M2(h2) {
    return h2 === R2.greaterThan ? (e.consume(h2), e.exit(re2.htmlTextData), e.exit(re2.htmlText), t) : r(h2);
  }
  function O2(h2) {
    return an2(a, "expected return state"), an2(B2(h2), "expected eol"), e.exit(re2.htmlTextData), e.enter(re2.lineEnding), e.consume(h2), e.exit(re2.lineEnding), W2;
  }
  function W2(h2) {
    return an2(n.parser.constructs.disable.null, "expected `disable.null` to be populated"), ne2(h2);
  }
  function ne2(h2) {
    return e.enter(re2.htmlTextData), a(h2);
  }
}
function yo2() {
  return { text: { [R2.lessThan]: Ag } };
}
function an2(...e) {
}
var fr2 = "liquidNode";
function vo2() {
  return { canContainEols: [fr2], enter: { [fr2]: e }, exit: { [fr2]: t } };
  function e(r) {
    this.enter({ type: fr2 }, r), this.buffer();
  }
  function t(r) {
    this.resume();
    let n = K2(0, this.stack, -1);
    n.value = this.sliceSerialize(r), this.exit(r);
  }
}
function Ao2() {
  return { flow: { [R2.leftCurlyBrace]: { name: "liquidFlow", tokenize: e } }, text: { [R2.leftCurlyBrace]: { name: "liquidText", tokenize: t } } };
  function e(n, i, u) {
    return r.call(this, n, i, u, "flow");
  }
  function t(n, i, u) {
    return r.call(this, n, i, u, "text");
  }
  function r(n, i, u, a) {
    let o = a === "flow", { now: s, parser: c } = this, l;
    return f;
    function f(F) {
      return n.enter("liquidNode"), n.enter(re2.data), n.consume(F), function(w2) {
        switch (w2) {
          case R2.percentSign:
          case R2.leftCurlyBrace:
            return l = w2 === R2.percentSign ? R2.percentSign : R2.rightCurlyBrace, n.consume(w2), p;
          default:
            return u(w2);
        }
      };
    }
    function p(F) {
      switch (F) {
        case l:
          return n.consume(F), d;
        case R2.eof:
          return u(F);
        default:
          return B2(F) ? (n.exit(re2.data), n.enter(re2.lineEnding), n.consume(F), n.exit(re2.lineEnding), o ? m : (n.enter(re2.data), p)) : (n.consume(F), p);
      }
    }
    function m(F) {
      return c.lazy[s().line] ? u(F) : B2(F) ? (n.enter(re2.lineEnding), n.consume(F), n.exit(re2.lineEnding), m) : (n.enter(re2.data), p(F));
    }
    function d(F) {
      return F === R2.rightCurlyBrace ? (n.consume(F), n.exit(re2.data), n.exit(fr2), o ? k2 : i) : p;
    }
    function k2(F) {
      return U2(F) ? (n.enter(re2.whitespace), n.consume(F), g) : x(F);
    }
    function g(F) {
      return U2(F) ? (n.consume(F), g) : (n.exit(re2.whitespace), x(F));
    }
    function x(F) {
      return F === R2.eof || B2(F) ? i(F) : u(F);
    }
  }
}
var To2;
function Sg() {
  return To2 ?? (To2 = { extensions: [fo2({ singleTilde: false }), Ti({ singleDollarTextMath: false }), Zn2({ aliasDivider: { charCodeAt: () => Number.NaN } }), Ao2(), yo2()], mdastExtensions: [Co2(), Fi2(), Xn2(), vo2()] });
}
function Ui2(e) {
  let { frontMatter: t, content: r } = je2(e), n = ki2(r, Sg());
  if (t) {
    let [i, u] = [t.start, t.end].map(({ line: a, column: o, index: s }) => ({ line: a, column: o + 1, offset: s }));
    n.children.unshift({ ...t, type: "frontMatter", position: { start: i, end: u } });
  }
  return n;
}
var kh = Tt2(Lo2(), 1);
var Fh = Tt2(Go2(), 1);
var bh = Tt2(zf2(), 1);
var Eh = Tt2(Bp(), 1);
var Rb = /^import\s/;
var Mb = /^export\s/;
var _p = "[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*|";
var Pp = /<!---->|<!---?[^>-](?:-?[^-])*-->/;
var zb = /^\{\s*\/\*(.*)\*\/\s*\}/;
var Ub = (e) => Rb.test(e);
var Np = (e) => Mb.test(e);
var Op = (e) => Ub(e) || Np(e);
var $a = (e, t) => {
  let r = t.indexOf(`

`), n = r === -1 ? t : t.slice(0, r);
  if (Op(n)) return e(n)({ type: Np(n) ? "export" : "import", value: n });
};
$a.notInBlock = true;
$a.locator = (e) => Op(e) ? -1 : 1;
var Rp = (e, t) => {
  let r = zb.exec(t);
  if (r) return e(r[0])({ type: "esComment", value: r[1].trim() });
};
Rp.locator = (e, t) => e.indexOf("{", t);
var Mp = function() {
  let { Parser: e } = this, { blockTokenizers: t, blockMethods: r, inlineTokenizers: n, inlineMethods: i } = e.prototype;
  t.esSyntax = $a, n.esComment = Rp, r.splice(r.indexOf("paragraph"), 0, "esSyntax"), i.splice(i.indexOf("text"), 0, "esComment");
};
var ge2 = "string";
var xe2 = "array";
var ft2 = "cursor";
var Te2 = "indent";
var Se2 = "align";
var Qe2 = "trim";
var be2 = "group";
var Ee2 = "fill";
var we2 = "if-break";
var Xe2 = "indent-if-break";
var Je2 = "line-suffix";
var Ze2 = "line-suffix-boundary";
var ke2 = "line";
var et2 = "label";
var Le2 = "break-parent";
var Bn2 = /* @__PURE__ */ new Set([ft2, Te2, Se2, Qe2, be2, Ee2, we2, Xe2, Je2, Ze2, ke2, et2, Le2]);
function zp(e, t, r) {
  if (!e.has(t)) {
    let n = r(t);
    e.set(t, n);
  }
  return e.get(t);
}
function Hb(e) {
  if (typeof e == "string") return ge2;
  if (Array.isArray(e)) return xe2;
  if (!e) return;
  let { type: t } = e;
  if (Bn2.has(t)) return t;
}
var me2 = Hb;
var Vb = (e) => new Intl.ListFormat("en-US", { type: "disjunction" }).format(e);
function Gb(e) {
  let t = e === null ? "null" : typeof e;
  if (t !== "string" && t !== "object") return `Unexpected doc '${t}', 
Expected it to be 'string' or 'object'.`;
  if (me2(e)) throw new Error("doc is valid.");
  let r = Object.prototype.toString.call(e);
  if (r !== "[object Object]") return `Unexpected doc '${r}'.`;
  let n = Vb([...Bn2].map((i) => `'${i}'`));
  return `Unexpected doc.type '${e.type}'.
Expected it to be ${n}.`;
}
var Ka = class extends Error {
  name = "InvalidDocError";
  constructor(t) {
    super(Gb(t)), this.doc = t;
  }
};
var yt2 = Ka;
var Up = {};
function jb(e, t, r, n) {
  let i = [e];
  for (; i.length > 0; ) {
    let u = i.pop();
    if (u === Up) {
      r(i.pop());
      continue;
    }
    r && i.push(u, Up);
    let a = me2(u);
    if (!a) throw new yt2(u);
    if (t?.(u) !== false) switch (a) {
      case xe2:
      case Ee2: {
        let o = a === xe2 ? u : u.parts;
        for (let s = o.length, c = s - 1; c >= 0; --c) i.push(o[c]);
        break;
      }
      case we2:
        i.push(u.flatContents, u.breakContents);
        break;
      case be2:
        if (n && u.expandedStates) for (let o = u.expandedStates.length, s = o - 1; s >= 0; --s) i.push(u.expandedStates[s]);
        else i.push(u.contents);
        break;
      case Se2:
      case Te2:
      case Xe2:
      case et2:
      case Je2:
        i.push(u.contents);
        break;
      case ge2:
      case ft2:
      case Qe2:
      case Ze2:
      case ke2:
      case Le2:
        break;
      default:
        throw new yt2(u);
    }
  }
}
var Hp = jb;
function Wb(e, t) {
  if (typeof e == "string") return t(e);
  let r = /* @__PURE__ */ new Map();
  return n(e);
  function n(u) {
    return zp(r, u, i);
  }
  function i(u) {
    switch (me2(u)) {
      case xe2:
        return t(u.map(n));
      case Ee2:
        return t({ ...u, parts: u.parts.map(n) });
      case we2:
        return t({ ...u, breakContents: n(u.breakContents), flatContents: n(u.flatContents) });
      case be2: {
        let { expandedStates: a, contents: o } = u;
        return a ? (a = a.map(n), o = a[0]) : o = n(o), t({ ...u, contents: o, expandedStates: a });
      }
      case Se2:
      case Te2:
      case Xe2:
      case et2:
      case Je2:
        return t({ ...u, contents: n(u.contents) });
      case ge2:
      case ft2:
      case Qe2:
      case Ze2:
      case ke2:
      case Le2:
        return t(u);
      default:
        throw new yt2(u);
    }
  }
}
function Vp(e) {
  if (e.length > 0) {
    let t = K2(0, e, -1);
    !t.expandedStates && !t.break && (t.break = "propagated");
  }
  return null;
}
function Gp(e) {
  let t = /* @__PURE__ */ new Set(), r = [];
  function n(u) {
    if (u.type === Le2 && Vp(r), u.type === be2) {
      if (r.push(u), t.has(u)) return false;
      t.add(u);
    }
  }
  function i(u) {
    u.type === be2 && r.pop().break && Vp(r);
  }
  Hp(e, n, i, true);
}
function Me2(e, t = Ar2) {
  return Wb(e, (r) => typeof r == "string" ? _n2(t, r.split(`
`)) : r);
}
var Ie2 = sr2;
var Pn2 = sr2;
var jp = sr2;
var Wp = sr2;
function Tr2(e) {
  return Ie2(e), { type: Te2, contents: e };
}
function Ce2(e, t) {
  return Wp(e), Ie2(t), { type: Se2, contents: t, n: e };
}
function Sr2(e) {
  return Ce2({ type: "root" }, e);
}
var Wt2 = { type: Le2 };
function Yt2(e) {
  return jp(e), { type: Ee2, parts: e };
}
function $t2(e, t = {}) {
  return Ie2(e), Pn2(t.expandedStates, true), { type: be2, id: t.id, contents: e, break: !!t.shouldBreak, expandedStates: t.expandedStates };
}
function Yp(e, t = "", r = {}) {
  return Ie2(e), t !== "" && Ie2(t), { type: we2, breakContents: e, flatContents: t, groupId: r.groupId };
}
function _n2(e, t) {
  Ie2(e), Pn2(t);
  let r = [];
  for (let n = 0; n < t.length; n++) n !== 0 && r.push(e), r.push(t[n]);
  return r;
}
var Nn2 = { type: ke2 };
var On2 = { type: ke2, soft: true };
var Lr2 = { type: ke2, hard: true };
var J2 = [Lr2, Wt2];
var Yb = { type: ke2, hard: true, literal: true };
var Ar2 = [Yb, Wt2];
var $b = "cr";
var Kb = "crlf";
var Qb = "\r";
var Xb = `\r
`;
var Jb = `
`;
var Zb = Jb;
function $p(e) {
  return e === $b ? Qb : e === Kb ? Xb : Zb;
}
var Kp = () => /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED9\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEFA](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDEC2\uDEC6\uDEC8\uDECC-\uDEDD\uDEDF-\uDEEB\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
var Qp = 12288;
var Xp = 65510;
var Jp = [12288, 12288, 65281, 65376, 65504, 65510];
var Zp = 4352;
var eh = 262141;
var Qa = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];
var Xa = (e, t) => {
  let r = 0, n = Math.floor(e.length / 2) - 1;
  for (; r <= n; ) {
    let i = Math.floor((r + n) / 2), u = i * 2;
    if (t < e[u]) n = i - 1;
    else if (t > e[u + 1]) r = i + 1;
    else return true;
  }
  return false;
};
var th = 19968;
var [eE, tE] = rE(Qa);
function rE(e) {
  let t = e[0], r = e[1];
  for (let n = 0; n < e.length; n += 2) {
    let i = e[n], u = e[n + 1];
    if (th >= i && th <= u) return [i, u];
    u - i > r - t && (t = i, r = u);
  }
  return [t, r];
}
var Rn2 = (e) => e < Qp || e > Xp ? false : Xa(Jp, e);
var Ja = (e) => e >= eE && e <= tE ? true : e < Zp || e > eh ? false : Xa(Qa, e);
var nE = /^(?:[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u2600-\u2604\u260E\u2611\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26B0\u26B1\u26C8\u26CF\u26D1\u26D3\u26E9\u26F0\u26F1\u26F4\u26F7\u26F8\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2763\u2764\u27A1\u2934\u2935\u2B05-\u2B07]|\uD83C[\uDD70\uDD71\uDD7E\uDD7F\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF3\uDFF5\uDFF7]|\uD83D[\uDC3F\uDC41\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3])$/;
var rh = (e) => nE.test(e);
var iE = /[^\x20-\x7F]/;
var aE = /[\p{Nonspacing_Mark}\p{Enclosing_Mark}]/u;
function uE(e) {
  if (!e) return 0;
  if (!iE.test(e)) return e.length;
  let t = 0;
  e = e.replace(Kp(), (r) => (t += rh(r) ? 1 : 2, ""));
  for (let r of e) {
    let n = r.codePointAt(0);
    n <= 31 || n >= 127 && n <= 159 || aE.test(r) || (t += Rn2(n) || Ja(n) ? 2 : 1);
  }
  return t;
}
var Ir2 = uE;
var oE = { type: 0 };
var sE = { type: 1 };
var Za = { value: "", length: 0, queue: [], get root() {
  return Za;
} };
function nh(e, t, r) {
  let n = t.type === 1 ? e.queue.slice(0, -1) : [...e.queue, t], i = "", u = 0, a = 0, o = 0;
  for (let d of n) switch (d.type) {
    case 0:
      l(), r.useTabs ? s(1) : c(r.tabWidth);
      break;
    case 3: {
      let { string: k2 } = d;
      l(), i += k2, u += k2.length;
      break;
    }
    case 2: {
      let { width: k2 } = d;
      a += 1, o += k2;
      break;
    }
    default:
      throw new Error(`Unexpected indent comment '${d.type}'.`);
  }
  return p(), { ...e, value: i, length: u, queue: n };
  function s(d) {
    i += "	".repeat(d), u += r.tabWidth * d;
  }
  function c(d) {
    i += " ".repeat(d), u += d;
  }
  function l() {
    r.useTabs ? f() : p();
  }
  function f() {
    a > 0 && s(a), m();
  }
  function p() {
    o > 0 && c(o), m();
  }
  function m() {
    a = 0, o = 0;
  }
}
function ih(e, t, r) {
  if (!t) return e;
  if (t.type === "root") return { ...e, root: e };
  if (t === Number.NEGATIVE_INFINITY) return e.root;
  let n;
  return typeof t == "number" ? t < 0 ? n = sE : n = { type: 2, width: t } : n = { type: 3, string: t }, nh(e, n, r);
}
function ah(e, t) {
  return nh(e, oE, t);
}
function lE(e) {
  let t = 0;
  for (let r = e.length - 1; r >= 0; r--) {
    let n = e[r];
    if (n === " " || n === "	") t++;
    else break;
  }
  return t;
}
function Mn2(e) {
  let t = lE(e);
  return { text: t === 0 ? e : e.slice(0, e.length - t), count: t };
}
var eu2 = class {
  #e = [];
  #t = "";
  #n = 0;
  #i = [];
  #r = [];
  #a() {
    let t = this.#t;
    t !== "" && (this.#e.push(t), this.#n += t.length, this.#t = "");
    for (let r of this.#r) this.#i.push(Math.min(r, this.#n));
    this.#r.length = 0;
  }
  markPosition() {
    if (this.#i.length + this.#r.length >= 2) throw new Error("There are too many 'cursor' in doc.");
    this.#r.push(this.#n + this.#t.length);
  }
  write(t) {
    this.#t += t;
  }
  trim() {
    let { text: t, count: r } = Mn2(this.#t);
    return this.#t = t, this.#a(), r;
  }
  finish() {
    return this.#a(), { text: this.#e.join(""), positions: this.#i };
  }
};
var uh = eu2;
var ve2 = /* @__PURE__ */ Symbol("MODE_BREAK");
var ze2 = /* @__PURE__ */ Symbol("MODE_FLAT");
var tu2 = /* @__PURE__ */ Symbol("DOC_FILL_PRINTED_LENGTH");
function zn2(e, t, r, n, i, u) {
  if (r === Number.POSITIVE_INFINITY) return true;
  let a = t.length, o = false, s = [e], c = "";
  for (; r >= 0; ) {
    if (s.length === 0) {
      if (a === 0) return true;
      s.push(t[--a]);
      continue;
    }
    let { mode: l, doc: f } = s.pop(), p = me2(f);
    switch (p) {
      case ge2:
        f && (o && (c += " ", r -= 1, o = false), c += f, r -= Ir2(f));
        break;
      case xe2:
      case Ee2: {
        let m = p === xe2 ? f : f.parts, d = f[tu2] ?? 0;
        for (let k2 = m.length - 1; k2 >= d; k2--) s.push({ mode: l, doc: m[k2] });
        break;
      }
      case Te2:
      case Se2:
      case Xe2:
      case et2:
        s.push({ mode: l, doc: f.contents });
        break;
      case Qe2: {
        let { text: m, count: d } = Mn2(c);
        c = m, r += d;
        break;
      }
      case be2: {
        if (u && f.break) return false;
        let m = f.break ? ve2 : l, d = f.expandedStates && m === ve2 ? K2(0, f.expandedStates, -1) : f.contents;
        s.push({ mode: m, doc: d });
        break;
      }
      case we2: {
        let d = (f.groupId ? i[f.groupId] || ze2 : l) === ve2 ? f.breakContents : f.flatContents;
        d && s.push({ mode: l, doc: d });
        break;
      }
      case ke2:
        if (l === ve2 || f.hard) return true;
        f.soft || (o = true);
        break;
      case Je2:
        n = true;
        break;
      case Ze2:
        if (n) return false;
        break;
    }
  }
  return false;
}
function Un2(e, t) {
  let r = /* @__PURE__ */ Object.create(null), n = t.printWidth, i = $p(t.endOfLine), u = 0, a = [{ indent: Za, mode: ve2, doc: e }], o = false, s = [], c = new uh();
  for (Gp(e); a.length > 0; ) {
    let { indent: d, mode: k2, doc: g } = a.pop();
    switch (me2(g)) {
      case ge2: {
        let x = i !== `
` ? Q2(0, g, `
`, i) : g;
        x && (c.write(x), a.length > 0 && (u += Ir2(x)));
        break;
      }
      case xe2:
        for (let x = g.length - 1; x >= 0; x--) a.push({ indent: d, mode: k2, doc: g[x] });
        break;
      case ft2:
        c.markPosition();
        break;
      case Te2:
        a.push({ indent: ah(d, t), mode: k2, doc: g.contents });
        break;
      case Se2:
        a.push({ indent: ih(d, g.n, t), mode: k2, doc: g.contents });
        break;
      case Qe2:
        u -= c.trim();
        break;
      case be2: {
        let x = (function() {
          if (k2 === ze2 && !o) return { indent: d, mode: g.break ? ve2 : ze2, doc: g.contents };
          o = false;
          let w2 = n - u, T2 = s.length > 0, C = { indent: d, mode: ze2, doc: g.contents };
          if (!g.break && zn2(C, a, w2, T2, r)) return C;
          if (!g.expandedStates) return { indent: d, mode: ve2, doc: g.contents };
          if (!g.break) for (let D = 1; D < g.expandedStates.length - 1; D++) {
            let v2 = { indent: d, mode: ze2, doc: g.expandedStates[D] };
            if (zn2(v2, a, w2, T2, r)) return v2;
          }
          return { indent: d, mode: ve2, doc: K2(0, g.expandedStates, -1) };
        })();
        a.push(x), g.id && (r[g.id] = x.mode);
        break;
      }
      case Ee2: {
        let x = n - u, F = g[tu2] ?? 0, { parts: w2 } = g, T2 = w2.length - F;
        if (T2 === 0) break;
        let C = w2[F + 0], D = w2[F + 1], v2 = { indent: d, mode: ze2, doc: C }, L2 = { indent: d, mode: ve2, doc: C }, y2 = zn2(v2, [], x, s.length > 0, r, true);
        if (T2 === 1) {
          y2 ? a.push(v2) : a.push(L2);
          break;
        }
        let E = { indent: d, mode: ze2, doc: D }, I2 = { indent: d, mode: ve2, doc: D };
        if (T2 === 2) {
          y2 ? a.push(E, v2) : a.push(I2, L2);
          break;
        }
        let q = w2[F + 2], S2 = { indent: d, mode: k2, doc: { ...g, [tu2]: F + 2 } }, N = zn2({ indent: d, mode: ze2, doc: [C, D, q] }, [], x, s.length > 0, r, true);
        a.push(S2), N ? a.push(E, v2) : y2 ? a.push(I2, v2) : a.push(I2, L2);
        break;
      }
      case we2:
      case Xe2: {
        let x = g.groupId ? r[g.groupId] : k2;
        if (x === ve2) {
          let F = g.type === we2 ? g.breakContents : g.negate ? g.contents : Tr2(g.contents);
          F && a.push({ indent: d, mode: k2, doc: F });
        }
        if (x === ze2) {
          let F = g.type === we2 ? g.flatContents : g.negate ? Tr2(g.contents) : g.contents;
          F && a.push({ indent: d, mode: k2, doc: F });
        }
        break;
      }
      case Je2:
        s.push({ indent: d, mode: k2, doc: g.contents });
        break;
      case Ze2:
        s.length > 0 && a.push({ indent: d, mode: k2, doc: Lr2 });
        break;
      case ke2:
        switch (k2) {
          case ze2:
            if (!g.hard) {
              g.soft || (c.write(" "), u += 1);
              break;
            }
            o = true;
          case ve2:
            if (s.length > 0) {
              a.push({ indent: d, mode: k2, doc: g }, ...s.reverse()), s.length = 0;
              break;
            }
            g.literal ? (c.write(i), u = 0, d.root && (d.root.value && c.write(d.root.value), u = d.root.length)) : (c.trim(), c.write(i + d.value), u = d.length);
            break;
        }
        break;
      case et2:
        a.push({ indent: d, mode: k2, doc: g.contents });
        break;
      case Le2:
        break;
      default:
        throw new yt2(g);
    }
    a.length === 0 && s.length > 0 && (a.push(...s.reverse()), s.length = 0);
  }
  let { text: l, positions: f } = c.finish();
  if (f.length !== 2) return { formatted: l };
  let [p, m] = f;
  return { formatted: l, cursorNodeStart: p, cursorNodeText: l.slice(p, m) };
}
var cE = Array.prototype.toReversed ?? function() {
  return [...this].reverse();
};
var fE = Bt2("toReversed", function() {
  if (Array.isArray(this)) return cE;
});
var oh = fE;
function pE() {
  let e = globalThis, t = e.process?.platform;
  if (typeof t == "string") return t.startsWith("win");
  let r = e.Deno?.build?.os;
  return typeof r == "string" ? r === "windows" : e.navigator?.platform?.startsWith("Win") ?? false;
}
var hE = pE();
function sh(e) {
  if (e = e instanceof URL ? e : new URL(e), e.protocol !== "file:") throw new TypeError(`URL must be a file URL: received "${e.protocol}"`);
  return e;
}
function mE(e) {
  return e = sh(e), decodeURIComponent(e.pathname.replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
}
function dE(e) {
  e = sh(e);
  let t = decodeURIComponent(e.pathname.replace(/\//g, "\\").replace(/%(?![0-9A-Fa-f]{2})/g, "%25")).replace(/^\\*([A-Za-z]:)(\\|$)/, "$1\\");
  return e.hostname !== "" && (t = `\\\\${e.hostname}${t}`), t;
}
function ru2(e) {
  return hE ? dE(e) : mE(e);
}
var lh = (e) => String(e).split(/[/\\]/).pop();
var ch = (e) => String(e).startsWith("file:");
function fh(e, t) {
  if (!t) return;
  let r = lh(t).toLowerCase();
  return e.find(({ filenames: n }) => n?.some((i) => i.toLowerCase() === r)) ?? e.find(({ extensions: n }) => n?.some((i) => r.endsWith(i)));
}
function DE(e, t) {
  if (t) return e.find(({ name: r }) => r.toLowerCase() === t) ?? e.find(({ aliases: r }) => r?.includes(t)) ?? e.find(({ extensions: r }) => r?.includes(`.${t}`));
}
var gE = void 0;
function ph(e, t) {
  if (t) {
    if (ch(t)) try {
      t = ru2(t);
    } catch {
      return;
    }
    if (typeof t == "string") return e.find(({ isSupported: r }) => r?.({ filepath: t }));
  }
}
function xE(e, t) {
  let r = oh(0, e.plugins).flatMap((i) => i.languages ?? []);
  return (DE(r, t.language) ?? fh(r, t.physicalFile) ?? fh(r, t.file) ?? ph(r, t.physicalFile) ?? ph(r, t.file) ?? gE?.(r, t.physicalFile))?.parsers[0];
}
var nu2 = xE;
function kE(e) {
  return !!e?.[tn2];
}
var iu2 = kE;
var FE = function() {
  let e = this.Parser.prototype;
  e.blockMethods = ["frontMatter", ...e.blockMethods], e.blockTokenizers.frontMatter = t;
  function t(r, n) {
    let { frontMatter: i } = je2(n);
    if (i) return r(i.raw)({ ...i, type: "frontMatter" });
  }
  t.onlyAtStart = true;
};
var hh = FE;
var mh = /(?:[\u{2c7}\u{2c9}-\u{2cb}\u{2d9}\u{2ea}-\u{2eb}\u{305}\u{323}\u{1100}-\u{11ff}\u{2e80}-\u{2e99}\u{2e9b}-\u{2ef3}\u{2f00}-\u{2fd5}\u{2ff0}-\u{303f}\u{3041}-\u{3096}\u{3099}-\u{30ff}\u{3105}-\u{312f}\u{3131}-\u{318e}\u{3190}-\u{4dbf}\u{4e00}-\u{9fff}\u{a700}-\u{a707}\u{a960}-\u{a97c}\u{ac00}-\u{d7a3}\u{d7b0}-\u{d7c6}\u{d7cb}-\u{d7fb}\u{f900}-\u{fa6d}\u{fa70}-\u{fad9}\u{fe10}-\u{fe1f}\u{fe30}-\u{fe6f}\u{ff00}-\u{ffef}\u{16fe3}\u{16ff2}-\u{16ff6}\u{1aff0}-\u{1aff3}\u{1aff5}-\u{1affb}\u{1affd}-\u{1affe}\u{1b000}-\u{1b128}\u{1b132}\u{1b150}-\u{1b152}\u{1b155}\u{1b164}-\u{1b168}\u{1f200}\u{1f250}-\u{1f251}\u{20000}-\u{2a6df}\u{2a700}-\u{2b81e}\u{2b820}-\u{2cead}\u{2ceb0}-\u{2ebe0}\u{2ebf0}-\u{2ee5d}\u{2f800}-\u{2fa1d}\u{30000}-\u{3134a}\u{31350}-\u{33479}])(?:[\u{fe00}-\u{fe0f}\u{e0100}-\u{e01ef}])?/u;
var tt2 = new RegExp("(?:[\\u{21}-\\u{2f}\\u{3a}-\\u{40}\\u{5b}-\\u{60}\\u{7b}-\\u{7e}\\u{3000}\\u{ff5e}]|\\p{General_Category=Connector_Punctuation}|\\p{General_Category=Dash_Punctuation}|\\p{General_Category=Close_Punctuation}|\\p{General_Category=Final_Punctuation}|\\p{General_Category=Initial_Punctuation}|\\p{General_Category=Other_Punctuation}|\\p{General_Category=Open_Punctuation})", "u");
var au2 = /* @__PURE__ */ new Set(["liquidNode", "inlineCode", "emphasis", "esComment", "strong", "delete", "wikiLink", "link", "linkReference", "image", "imageReference", "footnote", "footnoteReference", "sentence", "whitespace", "word", "break", "inlineMath"]);
var Br2 = /* @__PURE__ */ new Set([...au2, "tableCell", "paragraph", "heading"]);
var Kt2 = "non-cjk";
var Ae2 = "cj-letter";
var rt2 = "k-letter";
var qr2 = "cjk-punctuation";
var bE = new RegExp("\\p{Script_Extensions=Hangul}", "u");
function _r2(e) {
  let t = [], r = e.split(/([\t\n ]+)/);
  for (let [i, u] of r.entries()) {
    if (i % 2 === 1) {
      t.push({ type: "whitespace", value: /\n/.test(u) ? `
` : " " });
      continue;
    }
    if ((i === 0 || i === r.length - 1) && u === "") continue;
    let a = u.split(new RegExp(`(${mh.source})`, "u"));
    for (let [o, s] of a.entries()) if (!((o === 0 || o === a.length - 1) && s === "")) {
      if (o % 2 === 0) {
        s !== "" && n({ type: "word", value: s, kind: Kt2, isCJ: false, hasLeadingPunctuation: tt2.test(s[0]), hasTrailingPunctuation: tt2.test(K2(0, s, -1)) });
        continue;
      }
      if (tt2.test(s)) {
        n({ type: "word", value: s, kind: qr2, isCJ: true, hasLeadingPunctuation: true, hasTrailingPunctuation: true });
        continue;
      }
      if (bE.test(s)) {
        n({ type: "word", value: s, kind: rt2, isCJ: false, hasLeadingPunctuation: false, hasTrailingPunctuation: false });
        continue;
      }
      n({ type: "word", value: s, kind: Ae2, isCJ: true, hasLeadingPunctuation: false, hasTrailingPunctuation: false });
    }
  }
  return t;
  function n(i) {
    let u = K2(0, t, -1);
    u?.type === "word" && !a(Kt2, qr2) && [u.value, i.value].every((o) => !/\u3000/.test(o)) && t.push({ type: "whitespace", value: "" }), t.push(i);
    function a(o, s) {
      return u.kind === o && i.kind === s || u.kind === s && i.kind === o;
    }
  }
}
function pt2(e, t) {
  let r = t.originalText.slice(e.position.start.offset, e.position.end.offset);
  if (t.parser !== "mdx") {
    let u = e.children[0];
    u && (r = t.originalText.slice(e.position.start.offset, u.position.start.offset));
  }
  let { numberText: n, leadingSpaces: i } = r.match(/^\s*(?<numberText>\d+)(\.|\))(?<leadingSpaces>\s*)/).groups;
  return { number: Number(n), leadingSpaces: i };
}
function uu2(e, t) {
  return !e.ordered || e.children.length < 2 || pt2(e.children[1], t).number !== 1 ? false : pt2(e.children[0], t).number !== 0 ? true : e.children.length > 2 && pt2(e.children[2], t).number === 1;
}
function Hn2(e, t) {
  let { value: r } = e;
  return e.position.end.offset === t.length && r.endsWith(`
`) && t.endsWith(`
`) ? r.slice(0, -1) : r;
}
function ye2(e, t) {
  return (function r(n, i, u) {
    let a = { ...t(n, i, u) };
    return a.children && (a.children = a.children.map((o, s) => r(o, s, [a, ...u]))), a;
  })(e, null, []);
}
function Vn2(e) {
  if (e?.type !== "link" || e.children.length !== 1) return false;
  let [t] = e.children;
  return mt2(e) === mt2(t) && dt2(e) === dt2(t);
}
function Pr2(e) {
  let t;
  if (e.type === "html") t = e.value.match(/^<!--\s*prettier-ignore(?:-(start|end))?\s*-->$/);
  else {
    let r;
    e.type === "esComment" ? r = e : e.type === "paragraph" && e.children.length === 1 && e.children[0].type === "esComment" && (r = e.children[0]), r && (t = r.value.match(/^prettier-ignore(?:-(start|end))?$/));
  }
  return t ? t[1] || "next" : false;
}
function Nr2(e, t) {
  return r(e, t, (n) => n.ordered === e.ordered);
  function r(n, i, u) {
    let a = -1;
    for (let o of i.children) if (o.type === n.type && u(o) ? a++ : a = -1, o === n) return a;
  }
}
function dh(e) {
  return e.index > 0 && Pr2(e.previous) === "next";
}
function Qt2(e) {
  return e.type === "heading" && e.position.start.line < e.position.end.line;
}
var Xt2 = (e) => e?.type === "whitespace" && e.value === `
`;
function EE() {
  return (e) => ye2(e, (t, r, [n]) => t.type !== "html" || Pp.test(t.value) || Br2.has(n.type) ? t : { ...t, type: "jsx" });
}
var Dh = EE;
var wE = function() {
  let e = this.Parser.prototype, t = e.inlineMethods;
  t.splice(t.indexOf("text"), 0, "liquid"), e.inlineTokenizers.liquid = r;
  function r(n, i) {
    let u = i.match(/^(\{%.*?%\}|\{\{.*?\}\})/s);
    if (u) return n(u[0])({ type: "liquidNode", value: u[0] });
  }
  r.locator = function(n, i) {
    return n.indexOf("{", i);
  };
};
var gh = wE;
var CE = function() {
  let e = "wikiLink", t = /^\[\[(?<linkContents>.+?)\]\]/s, r = this.Parser.prototype, n = r.inlineMethods;
  n.splice(n.indexOf("link"), 0, e), r.inlineTokenizers.wikiLink = i;
  function i(u, a) {
    let o = t.exec(a);
    if (o) {
      let s = o.groups.linkContents.trim();
      return u(o[0])({ type: e, value: s });
    }
  }
  i.locator = function(u, a) {
    return u.indexOf("[", a);
  };
};
var xh = CE;
function ou2(e) {
  let t = (0, Eh.default)().use(bh.default, { commonmark: true, blocks: [_p] }).use(kh.default).use(hh).use(Fh.default).use(Mp).use(gh).use(Dh).use(xh);
  return t.run(t.parse(e));
}
var wh = "format";
var Ch = /<!--\s*@(?:noformat|noprettier)\s*-->|\{\s*\/\*\s*@(?:noformat|noprettier)\s*\*\/\s*\}|<!--.*\r?\n[\s\S]*(^|\n)[^\S\n]*@(?:noformat|noprettier)[^\S\n]*($|\n)[\s\S]*\n.*-->/m;
var yh = /<!--\s*@(?:format|prettier)\s*-->|\{\s*\/\*\s*@(?:format|prettier)\s*\*\/\s*\}|<!--.*\r?\n[\s\S]*(^|\n)[^\S\n]*@(?:format|prettier)[^\S\n]*($|\n)[\s\S]*\n.*-->/m;
var Gn2 = (e) => je2(e).content.trimStart().match(yh)?.index === 0;
var vh = (e) => je2(e).content.trimStart().match(Ch)?.index === 0;
var Ah = (e) => {
  let { frontMatter: t } = je2(e), r = `<!-- @${wh} -->`;
  return t ? `${t.raw}

${r}

${e.slice(t.end.index)}` : `${r}

${e}`;
};
function Th(e) {
  return { astFormat: "mdast", hasPragma: Gn2, hasIgnorePragma: vh, locStart: mt2, locEnd: dt2, parse: e };
}
var yE = Th(Ui2);
var vE = Th(ou2);
var ku2 = {};
zr2(ku2, { mdast: () => yw });
function AE(e, t) {
  let r = e.matchAll(new RegExp(`(?:${We2(t)})+`, "g"));
  return r.reduce || (r = [...r]), r.reduce((n, [i]) => Math.max(n, i.length), 0) / t.length;
}
var Sh = AE;
function lu2(e, t) {
  let r = t.__inJsTemplate ? "~" : "`", n = typeof e == "string" ? e : Un2(e, { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted;
  return r.repeat(Math.max(3, Sh(n, r) + 1));
}
function TE(e, t) {
  let { node: r } = e, n = t.parser === "mdx" ? Hn2(r, t.originalText) : r.value, i = lu2(n, t);
  return [i, r.lang || "", r.meta ? " " + r.meta : "", J2, Me2(n, J2), J2, i];
}
function Lh(e, t) {
  let { node: r } = e;
  if (r.isIndented) {
    let n = " ".repeat(4);
    return Ce2(n, [n, Me2(r.value, J2)]);
  }
  return TE(e, t);
}
function SE(e, t) {
  let { node: r } = e;
  switch (r.type) {
    case "code": {
      let { isIndented: n, lang: i } = r;
      if (n || !i) return;
      let u;
      return i === "angular-ts" ? u = nu2(t, { language: "typescript" }) : i === "angular-html" ? u = "angular" : u = nu2(t, { language: i }), u ? async (a) => {
        let o = { parser: u };
        i === "ts" || i === "typescript" ? o.filepath = "dummy.ts" : i === "tsx" && (o.filepath = "dummy.tsx");
        let s = await a(t.parser === "mdx" ? Hn2(r, t.originalText) : r.value, o), c = lu2(s, t);
        return Sr2([c, r.lang, r.meta ? " " + r.meta : "", J2, Me2(s), J2, c]);
      } : void 0;
    }
    case "import":
    case "export":
      return (n) => n(r.value, { __onHtmlBindingRoot: (i) => LE(i, r.type), parser: "babel" });
    case "jsx":
      return (n) => n(`<$>${r.value}</$>`, { parser: "__js_expression", rootMarker: "mdx" });
  }
  return null;
}
function LE(e, t) {
  let { program: { body: r } } = e;
  if (r.some((n) => !(n.type === "ImportDeclaration" || n.type === "ExportDefaultDeclaration" || n.type === "ExportNamedDeclaration"))) throw new Error(`Unexpected '${t}' in MDX.`);
}
var Ih = SE;
var cu2 = Tt2(kn2(), 1);
var IE = /* @__PURE__ */ new Set(["position", "raw"]);
function fu2(e, t, r) {
  if ((e.type === "code" || e.type === "yaml" || e.type === "import" || e.type === "export" || e.type === "jsx") && delete t.value, e.type === "list" && delete t.isAligned, (e.type === "list" || e.type === "listItem") && delete t.spread, e.type === "text") return null;
  if (e.type === "inlineCode" && (t.value = Q2(0, e.value, `
`, " ")), (e.type === "definition" || e.type === "linkReference" || e.type === "imageReference") && (t.label = (0, cu2.default)(e.label)), e.type === "imageReference" && e.referenceType === "collapsed" && (t.alt = (0, cu2.default)(e.alt)), (e.type === "link" || e.type === "image") && e.url && e.url.includes("(")) for (let n of "<>") t.url = Q2(0, e.url, n, encodeURIComponent(n));
  if ((e.type === "definition" || e.type === "link" || e.type === "image") && e.title && (t.title = Q2(0, e.title, /\\(?=["')])/g, "")), r?.type === "root" && r.children.length > 0 && (r.children[0] === e || iu2(r.children[0]) && r.children[1] === e) && e.type === "html" && Gn2(e.value)) return null;
}
fu2.ignoredProperties = IE;
function pu2(e, t) {
  let r = t.originalText.slice(e.node.position.start.offset, e.node.position.end.offset);
  return t.parser === "mdx" ? r : e.node.type === "list" && e.findAncestor((n) => n.type === "blockquote") && t.proseWrap !== "always" ? r.replace(/\n>\s*$/, "") : r;
}
var im = Tt2(kn2(), 1);
function qE(e, t) {
  let r = e.match(new RegExp(`(${We2(t)})+`, "g"));
  if (r === null) return 1;
  let n = /* @__PURE__ */ new Map(), i = 0;
  for (let u of r) {
    let a = u.length / t.length;
    n.set(a, true), a > i && (i = a);
  }
  for (let u = 1; u < i; u++) if (!n.get(u)) return u;
  return i + 1;
}
var qh = qE;
var Bh = Object.freeze({ character: "'", codePoint: 39 });
var _h = Object.freeze({ character: '"', codePoint: 34 });
var BE = Object.freeze({ preferred: Bh, alternate: _h });
var _E = Object.freeze({ preferred: _h, alternate: Bh });
function Ph(e, t) {
  let { preferred: r, alternate: n } = t === true || t === "'" ? BE : _E, { length: i } = e, u = 0, a = 0;
  for (let o = 0; o < i; o++) {
    let s = e.charCodeAt(o);
    s === r.codePoint ? u++ : s === n.codePoint && a++;
  }
  return (u > a ? n : r).character;
}
var hu2 = class extends Error {
  name = "UnexpectedNodeError";
  constructor(t, r, n = "type") {
    super(`Unexpected ${r} node ${n}: ${JSON.stringify(t[n])}.`), this.node = t;
  }
};
var Nh = hu2;
function ae2(e, t, r, n = {}) {
  let { processor: i = r } = n, u = [];
  return e.each(() => {
    let a = i(e);
    a !== false && (u.length > 0 && PE(e) && (u.push(J2), OE(e, t) && u.push(J2)), u.push(a));
  }, "children"), u;
}
function PE({ node: e, parent: t }) {
  let r = au2.has(e.type) && !(e.type === "liquidNode" && !Br2.has(t.type)), n = e.type === "html" && Br2.has(t.type);
  return !r && !n;
}
var NE = /* @__PURE__ */ new Set(["listItem", "definition"]);
function OE(e, t) {
  let { node: r, previous: n, parent: i } = e;
  if (t.parser === "mdx") {
    if (Oh(n, t) || r.type === "list" && i.type === "listItem" && (n.type === "code" || n.type === "paragraph") && n.position.end.line + 1 < r.position.start.line) return true;
  } else {
    if (Qt2(r) && r.position.start.line < n.position.end.line) return false;
    if (RE(e) || r.type === "list" && i.type === "listItem" && (n.type === "code" || n.type === "paragraph" || n.type === "html") && n.position.end.line + 1 < r.position.start.line) return true;
  }
  let a = n.type === r.type && NE.has(r.type), o;
  t.parser === "mdx" ? o = i.type === "listItem" && (r.type === "list" || !Oh(i, t)) : o = i.type === "listItem" && (r.type === "list" || !e.callParent(Rh));
  let s = Pr2(n) === "next", c = r.type === "html" && n.type === "html" && n.position.end.line + 1 === r.position.start.line, l = t.parser !== "mdx" && r.type === "html" && n.type === "paragraph" && n.position.end.line + 1 === r.position.start.line, f = r.type === "html" && i.type === "listItem" && n.type === "paragraph" && n.position.end.line + 1 === r.position.start.line, p = (r.type === "liquidNode" || n.type === "liquidNode") && n.position.end.line + 1 === r.position.start.line;
  return !(a || o || s || c || l || f || p);
}
function Oh(e, t) {
  return e.type === "listItem" && (e.spread || t.originalText.charAt(e.position.end.offset - 1) === `
`);
}
function Rh({ node: e, parent: t, next: r }) {
  return e.type === "listItem" && (e.spread || t.type === "list" && r?.type === "listItem" && e.position.end.line + 1 < r.position.start.line);
}
function RE(e) {
  return e.index === 0 ? false : Rh({ node: e.previous, parent: e.parent, next: e.node });
}
function ME(e, t, r) {
  return ["#".repeat(e.node.depth) + " ", ae2(e, t, r)];
}
function zE(e, t, r) {
  let { originalText: n } = t, { node: i } = e, u = i.position.end.offset, a = n.lastIndexOf(`
`, u - 1) + 1, o = n.slice(a, u), s = Math.max(o.indexOf("="), o.indexOf("-")), c = o.slice(s);
  return [ae2(e, t, r), J2, c];
}
function Mh(e, t, r) {
  return t.parser !== "mdx" && Qt2(e.node) ? zE(e, t, r) : ME(e, t, r);
}
var UE = 999999999;
function Hh(e, t, r) {
  let { node: n } = e, i = Nr2(n, e.parent), u = uu2(n, t), a = HE(e);
  return ae2(e, t, r, { processor() {
    let o = c(), { node: s } = e;
    if (s.children.length === 2 && s.children[1].type === "html" && s.children[0].position.start.column !== s.children[1].position.start.column) return [o, zh(e, t, r, o)];
    return [o, Ce2(" ".repeat(o.length), zh(e, t, r, o))];
    function c() {
      let l = n.ordered ? (e.isFirst ? n.start : u ? 1 : Math.min(n.start + e.index, UE)) + (i % 2 === 0 ? ". " : ") ") : i % 2 === 0 ? "- " : "* ", f = n.isAligned && n.ordered ? Gh(l, t) : l;
      if (f.length >= a) return f;
      f = f.trimEnd();
      let p = Math.min(a - f.length, 4);
      p > 0 && (f += " ".repeat(p));
      let m = Math.min(a - f.length, 3);
      return m > 0 && (f = " ".repeat(m) + f), f;
    }
  } });
}
function zh(e, t, r, n) {
  let { node: i } = e, u = i.checked === null ? "" : i.checked ? "[x] " : "[ ] ";
  return [u, ae2(e, t, r, { processor({ node: a, isFirst: o }) {
    if (o && a.type !== "list" || a.type === "html") return Ce2(" ".repeat(u.length), r());
    if (a.type === "code" && a.isIndented) return r();
    let s = " ".repeat(jh(t.tabWidth - n.length, 0, 3));
    return [s, Ce2(s, r())];
  } })];
}
function HE(e) {
  let { node: t, next: r } = e;
  return t.checked === null || !(r?.type === "code" && r.isIndented) ? 0 : 4 + [.../^[ \t]*/.exec(r.value)?.[0] ?? ""].reduce((i, u) => i + (u === "	" ? 4 : 1), 0) + 1;
}
function Vh(e, t, r) {
  let { node: n } = e, i = Nr2(n, e.parent), u = uu2(n, t);
  return ae2(e, t, r, { processor() {
    let a = s(), { node: o } = e;
    if (o.children.length === 2 && o.children[1].type === "html" && o.children[0].position.start.column !== o.children[1].position.start.column) return [a, Uh(e, t, r, a)];
    return [a, Ce2(" ".repeat(a.length), Uh(e, t, r, a))];
    function s() {
      let c = n.ordered ? (e.isFirst ? n.start : u ? 1 : n.start + e.index) + (i % 2 === 0 ? ". " : ") ") : i % 2 === 0 ? "- " : "* ";
      return (n.isAligned || n.hasIndentedCodeblock) && n.ordered ? Gh(c, t) : c;
    }
  } });
}
function Uh(e, t, r, n) {
  let { node: i } = e, u = i.checked === null ? "" : i.checked ? "[x] " : "[ ] ";
  return [u, ae2(e, t, r, { processor({ node: a, isFirst: o }) {
    if (o && a.type !== "list") return Ce2(" ".repeat(u.length), r());
    if (a.type === "code" && a.isIndented) return r();
    let s = " ".repeat(jh(t.tabWidth - n.length, 0, 3));
    return [s, Ce2(s, r())];
  } })];
}
function Gh(e, t) {
  let r = n();
  return e + " ".repeat(r >= 4 ? 0 : r);
  function n() {
    let i = e.length % t.tabWidth;
    return i === 0 ? 0 : t.tabWidth - i;
  }
}
function jh(e, t, r) {
  return Math.max(t, Math.min(e, r));
}
function Wh(e, t, r) {
  let n = e.map(r, "children");
  return VE(n);
}
function VE(e) {
  let t = [""];
  return (function r(n) {
    for (let i of n) {
      let u = me2(i);
      if (u === xe2) {
        r(i);
        continue;
      }
      let a = i, o = [];
      u === Ee2 && ([a, ...o] = i.parts), t.push([t.pop(), a], ...o);
    }
  })(e), Yt2(t);
}
function Yh(e, t) {
  let r = [""];
  return e.each(() => {
    let { node: n } = e, i = t();
    switch (n.type) {
      case "whitespace":
        if (me2(i) !== ge2) {
          r.push(i, "");
          break;
        }
      default:
        r.push([r.pop(), i]);
    }
  }, "children"), Yt2(r);
}
function $h(e, t, r) {
  let { node: n } = e, i = [], u = e.map(() => e.map(({ index: f }) => {
    let p = Un2(r(), { ...t, printWidth: Number.POSITIVE_INFINITY, endOfLine: "lf" }).formatted, m = Ir2(p);
    return i[f] = Math.max(i[f] ?? 3, m), { text: p, width: m };
  }, "children"), "children"), a = s(false);
  if (t.proseWrap !== "never") return [Wt2, a];
  let o = s(true);
  return [Wt2, $t2(Yp(o, a))];
  function s(f) {
    return _n2(Lr2, [l(u[0], f), c(f), ...u.slice(1).map((p) => l(p, f))].map((p) => `| ${p.join(" | ")} |`));
  }
  function c(f) {
    return i.map((p, m) => {
      if (t.parser !== "mdx" && m >= u[0].length) return null;
      let d = n.align[m], k2 = d === "center" || d === "left" ? ":" : "-", g = d === "center" || d === "right" ? ":" : "-", x = f ? "-" : "-".repeat(p - 2);
      return `${k2}${x}${g}`;
    }).filter((p) => p !== null);
  }
  function l(f, p) {
    return f.map(({ text: m, width: d }, k2) => {
      if (p) return m;
      let g = i[k2] - d, x = n.align[k2], F = 0;
      x === "right" ? F = g : x === "center" && (F = Math.floor(g / 2));
      let w2 = g - F;
      return `${" ".repeat(F)}${m}${" ".repeat(w2)}`;
    });
  }
}
var GE = /* @__PURE__ */ new Set(["tableCell", "link", "wikiLink"]);
var Kh = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
function jE({ parent: e }) {
  if (e.usesCJSpaces === void 0) {
    let t = { " ": 0, "": 0 }, { children: r } = e;
    for (let n = 1; n < r.length - 1; ++n) {
      let i = r[n];
      if (i.type === "whitespace" && (i.value === " " || i.value === "")) {
        let u = r[n - 1].kind, a = r[n + 1].kind;
        (u === Ae2 && a === Kt2 || u === Kt2 && a === Ae2) && ++t[i.value];
      }
    }
    e.usesCJSpaces = t[" "] > t[""];
  }
  return e.usesCJSpaces;
}
function WE(e, t) {
  if (t) return true;
  let { previous: r, next: n } = e;
  if (!r || !n) return true;
  let i = r.kind, u = n.kind;
  return Qh(i) && Qh(u) || i === rt2 && u === Ae2 || u === rt2 && i === Ae2 ? true : i === qr2 || u === qr2 || i === Ae2 && u === Ae2 ? false : Kh.has(n.value[0]) || Kh.has(K2(0, r.value, -1)) ? true : r.hasTrailingPunctuation || n.hasLeadingPunctuation ? false : jE(e);
}
function Qh(e) {
  return e === Kt2 || e === rt2;
}
function YE(e, t, r, n, i) {
  if (r !== "always" || e.hasAncestor((o) => GE.has(o.type) || o.type === "heading" && (i.parser === "mdx" || !Qt2(o)))) return false;
  if (n) return t !== "";
  let { previous: u, next: a } = e;
  return !u || !a ? true : t === "" ? false : u.kind === rt2 && a.kind === Ae2 || a.kind === rt2 && u.kind === Ae2 ? true : !(u.isCJ || a.isCJ);
}
function mu2(e, t, r, n, i) {
  if ((r === "preserve" || $E(e)) && t === `
`) return J2;
  let u = t === " " || t === `
` && WE(e, n);
  return YE(e, t, r, n, i) ? u ? Nn2 : On2 : u ? " " : "";
}
function Xh(e, t) {
  return mu2(e, e.node.value, KE(e, t) ? "never" : t.proseWrap, false, t);
}
function $E(e) {
  let { previous: t, next: r } = e;
  return !!((t?.isCJ || r?.isCJ) && !(t?.kind === rt2 && r?.kind === Ae2 || r?.kind === rt2 && t?.kind === Ae2));
}
function KE(e, t) {
  let { proseWrap: r } = t;
  return r === "never" ? true : e.isLast ? false : !!(/^>|^(?:[*+-]|#{1,6}|\d+[).])$/.test(e.next.value) && !QE(e) && !(r === "preserve" && XE(e)));
}
function QE(e) {
  let t = e.siblings[e.index + 2];
  return t?.type === "whitespace" && t.value === "";
}
function XE(e) {
  if (!Xt2(e.node) || e.next.value !== "-") return false;
  let t = e.siblings[e.index + 2];
  return !t || Xt2(t);
}
var JE = /^(?:=+|-+)$/;
function Jh(e, t) {
  let { node: r } = e, n = e.findAncestor((u) => u.type === "emphasis" || u.type === "strong"), i = r.value;
  return n ? (e.isFirst && (i.startsWith("*") || i.startsWith("_")) && e.callParent(() => e.isFirst) && e.grandparent === n && (i = `\\${i}`), i = Q2(0, i, /(\\+|^|.)(\*+|_+)($|.)/g, (u, a, o, s) => [...a].every((c) => c === "\\") && a.length % 2 === 1 ? u : ZE(K2(0, a, -1) || K2(1, e.previous?.value, -1), o, s[0] || e.next?.value[0]) ? `${a}\\${o}${s}` : u), i) : t.proseWrap === "preserve" && e.parent.type === "sentence" && JE.test(i) && Xt2(e.previous) && (e.isLast || Xt2(e.next)) ? `\\${i}` : i;
}
function ZE(e, t, r) {
  if (!e || !r) return null;
  let n = /[\p{Space_Separator}\t\n\f\r]/u.test(r), i = /[\p{Space_Separator}\t\n\f\r]/u.test(e), u = tt2.test(r), a = tt2.test(e), o = !n && (!u || u && (i || a)), s = !i && (!a || a && (n || u));
  return t[0] === "*" ? o || s : o ? !s || a : s ? !o || u : false;
}
function Zh(e) {
  let { node: t } = e, r = Q2(0, Q2(0, t.value, "*", "\\*"), new RegExp([`(^|${tt2.source})(_+)`, `(_+)(${tt2.source}|$)`].join("|"), "gu"), (u, a, o, s, c) => Q2(0, o ? `${a}${o}` : `${s}${c}`, "_", "\\_")), n = (u, a, o) => u.type === "sentence" && o === 0, i = (u, a, o) => Vn2(u.children[o - 1]);
  return r !== t.value && (e.match(void 0, n, i) || e.match(void 0, n, (u, a, o) => u.type === "emphasis" && o === 0, i)) && (r = r.replace(/^(\\?[*_])+/, (u) => Q2(0, u, "\\", ""))), r;
}
function em(e) {
  let { previous: t, next: r } = e;
  return t?.type === "sentence" && K2(0, t.children, -1)?.type === "word" && !K2(0, t.children, -1).hasTrailingPunctuation && !/[\p{Space_Separator}\t\n\f\r]$/u.test(K2(0, t.children, -1).value) || r?.type === "sentence" && r.children[0]?.type === "word" && !r.children[0].hasLeadingPunctuation && !/^[\p{Space_Separator}\t\n\f\r]/u.test(r.children[0].value);
}
function Du2(e, t, r) {
  let { node: n } = e;
  if (tw(e)) {
    let i = [""], u = _r2(t.originalText.slice(n.position.start.offset, n.position.end.offset));
    for (let a of u) {
      if (a.type === "word") {
        i.push([i.pop(), a.value]);
        continue;
      }
      let o = mu2(e, a.value, t.proseWrap, true, t);
      if (me2(o) === ge2) {
        i.push([i.pop(), o]);
        continue;
      }
      i.push(o, "");
    }
    return Yt2(i);
  }
  switch (n.type) {
    case "root":
      return n.children.length === 0 ? "" : [ew(e, t, r), J2];
    case "paragraph":
      return Wh(e, t, r);
    case "sentence":
      return Yh(e, r);
    case "word":
      return t.parser !== "mdx" ? Jh(e, t) : Zh(e);
    case "whitespace":
      return Xh(e, t);
    case "emphasis": {
      let i;
      if (Vn2(n.children[0])) i = t.originalText[n.position.start.offset];
      else {
        let u = em(e), a = e.callParent(({ node: o }) => o.type === "strong" && em(e));
        i = u || a || e.hasAncestor((o) => o.type === "emphasis") ? "*" : "_";
      }
      return [i, ae2(e, t, r), i];
    }
    case "strong":
      return ["**", ae2(e, t, r), "**"];
    case "delete":
      return ["~~", ae2(e, t, r), "~~"];
    case "inlineCode": {
      let i = t.proseWrap === "preserve" ? n.value : Q2(0, n.value, `
`, " ");
      t.parser !== "mdx" && e.hasAncestor((s) => s.type === "tableCell") && (i = Q2(0, i, "|", "\\|"));
      let u = qh(i, "`"), a = "`".repeat(u), o = i.startsWith("`") || i.endsWith("`") || /^[\n ]/.test(i) && /[\n ]$/.test(i) && /[^\n ]/.test(i) ? " " : "";
      return [a, o, i, o, a];
    }
    case "wikiLink": {
      let i;
      return t.proseWrap === "preserve" ? i = n.value : i = Q2(0, n.value, /[\t\n]+/g, " "), ["[[", i, "]]"];
    }
    case "link":
      switch (t.originalText[n.position.start.offset]) {
        case "<": {
          let i = "mailto:";
          return ["<", n.url.startsWith(i) && t.originalText.slice(n.position.start.offset + 1, n.position.start.offset + 1 + i.length) !== i ? n.url.slice(i.length) : n.url, ">"];
        }
        case "[":
          return ["[", ae2(e, t, r), "](", t.parser !== "mdx" && n.url === "" ? "<>" : du2(n.url, false), Wn2(n.title, t), ")"];
        default:
          return t.originalText.slice(n.position.start.offset, n.position.end.offset);
      }
    case "image":
      return ["![", nm(n, t), "](", t.parser !== "mdx" && n.url === "" ? "<>" : du2(n.url, false), Wn2(n.title, t), ")"];
    case "blockquote":
      return ["> ", Ce2("> ", ae2(e, t, r))];
    case "heading":
      return Mh(e, t, r);
    case "code":
      return Lh(e, t);
    case "html": {
      let { parent: i, isLast: u } = e, a = i.type === "root" && u ? n.value.trimEnd() : n.value, o = /^<!--.*-->$/s.test(a);
      return Me2(a, o ? J2 : Sr2(Ar2));
    }
    case "list":
      return t.parser === "mdx" ? Vh(e, t, r) : Hh(e, t, r);
    case "thematicBreak": {
      let { ancestors: i } = e, u = i.findIndex((o) => o.type === "list");
      return u === -1 ? e.isFirst && e.parent.type === "root" ? "***" : "---" : Nr2(i[u], i[u + 1]) % 2 === 0 ? "***" : "---";
    }
    case "linkReference":
      return ["[", ae2(e, t, r), "]", n.referenceType === "full" ? jn2(n) : n.referenceType === "collapsed" ? "[]" : ""];
    case "imageReference": {
      let i = nm(n, t);
      return n.referenceType === "full" ? ["![", i, "]", jn2(n)] : [...t.parser === "mdx" ? ["![", i, "]"] : ["!", jn2(n)], n.referenceType === "collapsed" ? "[]" : ""];
    }
    case "definition": {
      let i = t.proseWrap === "always" ? Nn2 : " ";
      return $t2([jn2(n), ":", Tr2([i, t.parser !== "mdx" && n.url === "" ? "<>" : du2(n.url, true), n.title === null ? "" : [i, Wn2(n.title, t, false)]])]);
    }
    case "footnote":
      return ["[^", ae2(e, t, r), "]"];
    case "footnoteReference":
      return rm(n);
    case "footnoteDefinition": {
      let i = n.children.length === 1 && n.children[0].type === "paragraph" && (t.proseWrap === "never" || t.proseWrap === "preserve" && n.children[0].position.start.line === n.children[0].position.end.line);
      return [rm(n), ": ", i ? ae2(e, t, r) : $t2([Ce2(" ".repeat(4), ae2(e, t, r, { processor: ({ isFirst: u }) => u ? $t2([On2, r()]) : r() }))])];
    }
    case "table":
      return $h(e, t, r);
    case "tableCell":
      return ae2(e, t, r);
    case "break":
      return /\s/.test(t.originalText[n.position.start.offset]) ? ["  ", Sr2(Ar2)] : ["\\", J2];
    case "liquidNode":
      return Me2(n.value, J2);
    case "import":
    case "export":
    case "jsx":
      return n.value.trimEnd();
    case "esComment":
      return ["{/* ", n.value, " */}"];
    case "math":
      return ["$$", n.meta ? " " + n.meta : "", J2, n.value ? [Me2(n.value, J2), J2] : "", "$$"];
    case "inlineMath":
      return t.originalText.slice(mt2(n), dt2(n));
    case "text":
      return Me2(n.value, J2);
    default:
      throw new Nh(n, "Markdown");
  }
}
function ew(e, t, r) {
  let n = [], i = null, { children: u } = e.node;
  for (let [a, o] of u.entries()) switch (Pr2(o)) {
    case "start":
      i === null && (i = { index: a, offset: o.position.end.offset });
      break;
    case "end":
      i !== null && (n.push({ start: i, end: { index: a, offset: o.position.start.offset } }), i = null);
      break;
    default:
      break;
  }
  return ae2(e, t, r, { processor({ index: a }) {
    if (n.length > 0) {
      let o = n[0];
      if (a === o.start.index) return [tm(u[o.start.index]), t.originalText.slice(o.start.offset, o.end.offset), tm(u[o.end.index])];
      if (o.start.index < a && a < o.end.index) return false;
      if (a === o.end.index) return n.shift(), false;
    }
    return r();
  } });
}
function tm(e) {
  if (e.type === "html") return e.value;
  if (e.type === "paragraph" && Array.isArray(e.children) && e.children.length === 1 && e.children[0].type === "esComment") return ["{/* ", e.children[0].value, " */}"];
}
function tw(e) {
  let t = e.findAncestor((r) => r.type === "linkReference" || r.type === "imageReference");
  return t && (t.type !== "linkReference" || t.referenceType !== "full");
}
var rw = /&(?=(?:#\d{1,7}|#x[\da-f]{1,6}|[\da-z]{1,31});)/gi;
var am = (e) => Q2(0, e, rw, "\\&");
function du2(e, t) {
  return e = Q2(0, e, /\\(?![^!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "\\\\"), e = am(e), (/[\x00-\x1f\x7f ]|^</.test(e) || (t ? !/^(?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*$/.test(e) : /[()]/.test(e))) && (e = `<${Q2(0, e, /([<>])/g, "\\$1")}>`), e;
}
function Wn2(e, t, r = true) {
  if (!e) return "";
  if (r) return " " + Wn2(e, t, false);
  t.parser === "mdx" && (e = Q2(0, e, /\\(?=["')])/g, ""));
  let n = e.includes('"') && e.includes("'") && !e.includes("(") && !e.includes(")") ? void 0 : Ph(e, t.singleQuote);
  return e = Q2(0, e, "\\", "\\\\"), n && (e = Q2(0, e, n, `\\${n}`)), e = am(e), e = n ? `${n}${e}${n}` : `(${e})`, e;
}
function jn2(e, t) {
  let r = (0, im.default)(e.label);
  return t?.parser === "mdx" ? `[${r}]` : `[${Q2(0, r, /[\\[\]]/g, (i) => `\\${i}`)}]`;
}
function rm(e) {
  return `[^${e.label}]`;
}
function nm(e, t) {
  return t.parser !== "mdx" && e.originalAltText ? e.originalAltText : e.alt || "";
}
var gu2 = class {
  #e;
  constructor(t) {
    this.#e = new Set(t);
  }
  getLeadingWhitespaceCount(t) {
    let r = this.#e, n = 0;
    for (let i = 0; i < t.length && r.has(t.charAt(i)); i++) n++;
    return n;
  }
  getTrailingWhitespaceCount(t) {
    let r = this.#e, n = 0;
    for (let i = t.length - 1; i >= 0 && r.has(t.charAt(i)); i--) n++;
    return n;
  }
  getLeadingWhitespace(t) {
    let r = this.getLeadingWhitespaceCount(t);
    return t.slice(0, r);
  }
  getTrailingWhitespace(t) {
    let r = this.getTrailingWhitespaceCount(t);
    return t.slice(t.length - r);
  }
  hasLeadingWhitespace(t) {
    return this.#e.has(t.charAt(0));
  }
  hasTrailingWhitespace(t) {
    return this.#e.has(K2(0, t, -1));
  }
  trimStart(t) {
    let r = this.getLeadingWhitespaceCount(t);
    return t.slice(r);
  }
  trimEnd(t) {
    let r = this.getTrailingWhitespaceCount(t);
    return t.slice(0, t.length - r);
  }
  trim(t) {
    return this.trimEnd(this.trimStart(t));
  }
  split(t, r = false) {
    let n = `[${We2([...this.#e].join(""))}]+`, i = new RegExp(r ? `(${n})` : n);
    return t.split(i);
  }
  hasWhitespaceCharacter(t) {
    let r = this.#e;
    return Array.prototype.some.call(t, (n) => r.has(n));
  }
  hasNonWhitespaceCharacter(t) {
    let r = this.#e;
    return Array.prototype.some.call(t, (n) => !r.has(n));
  }
  isWhitespaceOnly(t) {
    let r = this.#e;
    return Array.prototype.every.call(t, (n) => r.has(n));
  }
  #t(t) {
    let r = Number.POSITIVE_INFINITY;
    for (let n of t.split(`
`)) {
      if (n.length === 0) continue;
      let i = this.getLeadingWhitespaceCount(n);
      if (i === 0) return 0;
      n.length !== i && i < r && (r = i);
    }
    return r === Number.POSITIVE_INFINITY ? 0 : r;
  }
  dedentString(t) {
    let r = this.#t(t);
    return r === 0 ? t : t.split(`
`).map((n) => n.slice(r)).join(`
`);
  }
};
var um = gu2;
var nw = ["	", `
`, "\f", "\r", " "];
var iw = new um(nw);
var Or2 = iw;
function aw(e) {
  let t = 0;
  for (let r of e) if (r === ">") t++;
  else if (r !== " " && r !== "	") break;
  return t;
}
function uw(e, t) {
  let r = /[ \t]*(?:>|\\>|&gt;|&GT;|&#0*62;|&#[xX]0*3[eE];)[ \t]*/y, n = [], { lastIndex: i } = r, u;
  for (; u = r.exec(e); ) n.push(u.index), i = r.lastIndex;
  if (t === 0) return e.slice(i);
  let a = K2(0, n, -t);
  return a === null ? e : e.slice(a);
}
var ow = /(?<!\\)(?:\\\\)*(?:&NewLine;|&#0*10;|&#[Xx]0*[Aa];)/g;
function om(e, t) {
  let r = e.split(`
`), n = t.value.split(`
`), i = 0;
  return r.map((a, o) => {
    let s = n[i++], c = a.matchAll(ow);
    if (i += [...c].length, o === 0) return a;
    let l = aw(s);
    return uw(a, l);
  }).join(`
`);
}
var sw = /^\\?.$/su;
var lw = /^\n *>[ >]*$/;
function cw(e, t) {
  return t.parser === "mdx" ? e = fw(e, t) : e = pw(e, t), e = mw(e), t.parser === "mdx" ? e = xw(e, t) : e = gw(e, t), t.parser !== "mdx" && (e = kw(e, t)), t.parser === "mdx" ? e = bw(e, t) : e = Fw(e, t), t.parser === "mdx" ? e = dw(e) : e = Dw(e), e;
}
function fw(e, t) {
  return ye2(e, (r) => {
    if (r.type !== "text") return r;
    let { value: n } = r;
    if (n === "*" || n === "_" || !sw.test(n) || r.position.end.offset - r.position.start.offset === n.length) return r;
    let i = t.originalText.slice(r.position.start.offset, r.position.end.offset);
    return lw.test(i) ? r : { ...r, value: i };
  });
}
function pw(e, t) {
  return ye2(e, (r) => (r.type === "text" && (r.raw = t.originalText.slice(r.position.start.offset, r.position.end.offset)), r));
}
function hw(e, t, r) {
  return ye2(e, (n) => {
    if (!n.children) return n;
    let i = [], u, a;
    for (let o of n.children) u && t(u, o) ? (o = r(u, o), i.splice(-1, 1, o), a || (a = true)) : i.push(o), u = o;
    return a ? { ...n, children: i } : n;
  });
}
function mw(e) {
  return hw(e, (t, r) => t.type === "text" && r.type === "text", (t, r) => ({ type: "text", value: t.value + r.value, position: { start: t.position.start, end: r.position.end } }));
}
function dw(e) {
  return ye2(e, (t, r, [n]) => {
    if (t.type !== "text") return t;
    let { value: i } = t;
    return n.type === "paragraph" && (r === 0 && (i = Or2.trimStart(i)), r === n.children.length - 1 && (i = Or2.trimEnd(i))), { type: "sentence", position: t.position, children: _r2(i) };
  });
}
function Dw(e) {
  let t = /* @__PURE__ */ new Set(), r = /* @__PURE__ */ new Set();
  return n(e, (u, a) => {
    if (u.type === "wikiLink") {
      i(a);
      return;
    }
    if (u.type === "text") {
      if (u.raw.includes("[[")) for (let o of a) o.type === "paragraph" && t.add(o);
      u.raw.includes("]]") && i(a);
    }
  }), ye2(e, (u, a, o) => {
    if (u.type !== "text") return u;
    let s = u.raw, c = o.findIndex((f) => f?.type === "paragraph" || f?.type === "heading"), l = c === -1 ? void 0 : o[c];
    if (l) {
      o.slice(c + 1).some((p) => p?.type === "blockquote") && (s = om(s, u));
      let f = o[0];
      f?.type === "paragraph" && (a === 0 && (s = Or2.trimStart(s)), a === f.children.length - 1 && (s = Or2.trimEnd(s)));
    }
    return l && r.has(l.position) ? { type: "text", position: u.position, value: s } : { type: "sentence", position: u.position, children: _r2(s) };
  });
  function n(u, a) {
    return (function o(s, c) {
      if (a(s, c), s.children) for (let l of s.children) o(l, [s, ...c]);
    })(u, []);
  }
  function i(u) {
    for (let a of u) a.type === "paragraph" && t.has(a) && r.add(a.position);
  }
}
function gw(e, t) {
  return ye2(e, (r) => {
    if (r.type !== "code") return r;
    let n = /^\n?(?: {4,}|\t)/.test(t.originalText.slice(r.position.start.offset, r.position.end.offset));
    return r.isIndented = n, r;
  });
}
function xw(e, t) {
  return ye2(e, (r, n, i) => {
    if (r.type === "code") {
      let u = /^\n?(?: {4,}|\t)/.test(t.originalText.slice(r.position.start.offset, r.position.end.offset));
      if (r.isIndented = u, u) for (let a = 0; a < i.length; a++) {
        let o = i[a];
        if (o.hasIndentedCodeblock) break;
        o.type === "list" && (o.hasIndentedCodeblock = true);
      }
    }
    return r;
  });
}
function kw(e, t) {
  let { originalText: r } = t;
  return ye2(e, (n) => {
    if (n.type === "image" || n.type === "imageReference") return n.originalAltText = sm(r, n.position.start.offset, n.position.end.offset), n;
    if (n.type !== "link" || !n.url) return n;
    let i = sm(r, n.position.start.offset, n.position.end.offset);
    return i && /[[\]]/.test(i) && (n.originalLabelText = i), n;
  });
}
function sm(e, t, r) {
  let n = e.indexOf("[", t);
  if (n === -1 || n >= r) return null;
  let i = 1, u = n + 1;
  for (; u < r; ) {
    let a = e[u];
    if (a === "\\") {
      u += 2;
      continue;
    }
    if (a === "[") i++;
    else if (a === "]" && (i--, i === 0)) return e.slice(n + 1, u);
    u++;
  }
  return null;
}
function Fw(e, t) {
  return ye2(e, (i, u, a) => {
    if (i.type === "list" && i.children.length > 0) {
      for (let s = 0; s < a.length; s++) {
        let c = a[s];
        if (c.type === "list" && !c.isAligned) return i.isAligned = false, i;
      }
      let o = a[0]?.children[u + 1];
      if (o?.type === "code" && o.isIndented) return i.isAligned = false, i;
      i.isAligned = n(i);
    }
    return i;
  });
  function r(i) {
    return i.children.length === 0 ? -1 : i.children[0].position.start.column - 1;
  }
  function n(i) {
    if (!i.ordered) return true;
    let [u, a] = i.children;
    if (pt2(u, t).leadingSpaces.length > 1) return true;
    let s = r(u);
    if (s === -1) return false;
    if (i.children.length === 1) return s % t.tabWidth === 0;
    let c = r(a);
    return s !== c ? false : s % t.tabWidth === 0 ? true : pt2(a, t).leadingSpaces.length > 1;
  }
}
function bw(e, t) {
  return ye2(e, (i, u, a) => {
    if (i.type === "list" && i.children.length > 0) {
      for (let o = 0; o < a.length; o++) {
        let s = a[o];
        if (s.type === "list" && !s.isAligned) return i.isAligned = false, i;
      }
      i.isAligned = n(i);
    }
    return i;
  });
  function r(i) {
    return i.children.length === 0 ? -1 : i.children[0].position.start.column - 1;
  }
  function n(i) {
    if (!i.ordered) return true;
    let [u, a] = i.children;
    if (pt2(u, t).leadingSpaces.length > 1) return true;
    let s = r(u);
    if (s === -1) return false;
    if (i.children.length === 1) return s % t.tabWidth === 0;
    let c = r(a);
    return s !== c ? false : s % t.tabWidth === 0 ? true : pt2(a, t).leadingSpaces.length > 1;
  }
}
var lm = cw;
var Rr2 = null;
function Mr2(e) {
  if (Rr2 !== null && typeof Rr2.property) {
    let t = Rr2;
    return Rr2 = Mr2.prototype = null, t;
  }
  return Rr2 = Mr2.prototype = e ?? /* @__PURE__ */ Object.create(null), new Mr2();
}
var Ew = 10;
for (let e = 0; e <= Ew; e++) Mr2();
function xu2(e) {
  return Mr2(e);
}
function ww(e, t = "type") {
  xu2(e);
  function r(n) {
    let i = n[t], u = e[i];
    if (!Array.isArray(u)) throw Object.assign(new Error(`Missing visitor keys for '${i}'.`), { node: n });
    return u;
  }
  return r;
}
var cm = ww;
var le2 = [["children"]];
var fm = { root: le2[0], paragraph: le2[0], sentence: le2[0], word: [], whitespace: [], emphasis: le2[0], strong: le2[0], delete: le2[0], inlineCode: [], wikiLink: [], link: le2[0], image: [], blockquote: le2[0], heading: le2[0], code: [], html: [], list: le2[0], thematicBreak: [], linkReference: le2[0], imageReference: [], definition: [], footnote: le2[0], footnoteReference: [], footnoteDefinition: le2[0], table: le2[0], tableCell: le2[0], break: [], liquidNode: [], import: [], export: [], esComment: [], jsx: [], math: [], inlineMath: [], tableRow: le2[0], listItem: le2[0], text: [] };
var Cw = cm(fm);
var pm2 = Cw;
var yw = { features: { experimental_frontMatterSupport: { massageAstNode: true, embed: true, print: true } }, preprocess: lm, print: Du2, embed: Ih, massageAstNode: fu2, hasPrettierIgnore: dh, insertPragma: Ah, getVisitorKeys: pm2, printPrettierIgnored: pu2 };

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback2;
    if (typeof options === "function") {
      callback2 = options;
      options = {};
    } else if ("callback" in options) {
      callback2 = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback2);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback2) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback2) {
        setTimeout(function() {
          callback2(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback2) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback2(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path5, added, removed, oldPosInc, options) {
    const last = path5.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path5.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path5.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b2 = bytes[i];
    if (b2 === 7) {
      result += "\\a";
    } else if (b2 === 8) {
      result += "\\b";
    } else if (b2 === 9) {
      result += "\\t";
    } else if (b2 === 10) {
      result += "\\n";
    } else if (b2 === 11) {
      result += "\\v";
    } else if (b2 === 12) {
      result += "\\f";
    } else if (b2 === 13) {
      result += "\\r";
    } else if (b2 === 34) {
      result += '\\"';
    } else if (b2 === 92) {
      result += "\\\\";
    } else if (b2 >= 32 && b2 <= 126) {
      result += String.fromCharCode(b2);
    } else {
      result += "\\" + b2.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback: callback2 } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback2(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d2, _e3, _f2;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d2 = patch.newFileName) !== null && _d2 !== void 0 ? _d2 : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e3 = patch.oldFileName) !== null && _e3 !== void 0 ? _e3 : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f2 = patch.newFileName) !== null && _f2 !== void 0 ? _f2 : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback: callback2 } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback2(void 0);
      } else {
        callback2(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/pr/body.ts
var MAX_BODY = 6e4;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function title(files) {
  const n = files.reduce((s, f) => s + f.result.changes.length, 0);
  const where = files.length === 1 ? `\`${files[0].file}\`` : plural(files.length, "Dockerfile");
  return `dockerfix: ${plural(n, "change")} to ${where} for faster rebuilds and smaller images`;
}
function commitMessage(files) {
  const passes = [...new Set(files.flatMap((f) => f.result.changes.map((c) => c.pass)))];
  const lines = [title(files).replace(/`/g, ""), "", `Passes: ${passes.join(", ")}.`, ""];
  for (const f of files) {
    lines.push(`${f.file}:`);
    for (const g of byLine(groupChanges(f.result.changes))) lines.push(`- ${g.pass} (${linesLabel(g.lines)}): ${g.message}${g.safety === "unsafe" ? " [unsafe]" : ""}`);
    for (const c of f.created) lines.push(`- new file ${c.path}`);
  }
  lines.push("", "Made by dockerfix; the pull request explains every change.");
  return `${lines.join("\n")}
`;
}
function linesLabel(lines) {
  return `line${lines.length > 1 || lines[0].includes("-") ? "s" : ""} ${lines.join(", ")}`;
}
function groupChanges(changes) {
  const groups = [];
  for (const c of [...changes].sort((a, b2) => a.line - b2.line)) {
    let line = String(c.line);
    let message = c.message;
    const range = /\s*\(lines (\d+)-(\d+)\)/.exec(message);
    if (range && Number(range[1]) === c.line) {
      line = `${range[1]}-${range[2]}`;
      message = message.replace(range[0], "");
    }
    message = message.replace(new RegExp(`\\s*\\(line ${c.line}\\)|\\s+at line ${c.line}(?!\\d)`, "g"), "");
    const same = groups.find((g) => g.pass === c.pass && g.message === message && g.reason === c.reason && g.safety === c.safety);
    if (same) {
      if (!same.lines.includes(line)) same.lines.push(line);
    } else {
      groups.push({ pass: c.pass, lines: [line], message, reason: c.reason, safety: c.safety });
    }
  }
  return groups;
}
function byLine(groups) {
  return groups.sort((a, b2) => parseInt(a.lines[0], 10) - parseInt(b2.lines[0], 10));
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function inline(text) {
  return text.replace(/\r?\n/g, " ").replace(/([<>*_~\\[\]])/g, (ch2, _c, offset, all) => insideBackticks(all, offset) ? ch2 : `\\${ch2}`);
}
function insideBackticks(text, offset) {
  return (text.slice(0, offset).match(/`/g)?.length ?? 0) % 2 === 1;
}
function fence(content) {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  return "`".repeat(longest + 1);
}
var MAX_DIFF_EDITS = 4e3;
function unifiedDiff(file, before, after) {
  const patch = createTwoFilesPatch(before === "" ? "/dev/null" : `a/${file}`, `b/${file}`, before, after, "", "", { context: 3, maxEditLength: MAX_DIFF_EDITS });
  if (patch === void 0) return null;
  const lines = patch.split("\n");
  return lines.slice(Math.max(0, lines.findIndex((l) => l.startsWith("--- ")))).join("\n").replace(/\n+$/, "");
}
function formatMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function delta(before, after, unit) {
  const d = after - before;
  const pct = before > 0 ? ` (${d > 0 ? "+" : d < 0 ? "\u2212" : "\xB1"}${Math.abs(d / before * 100).toFixed(0)}%)` : "";
  return `${unit(before)} \u2192 ${unit(after)}${pct}`;
}
function measuredSection(measured) {
  if ("notMeasured" in measured) return [`Not measured: ${measured.notMeasured}.`];
  const seconds = (n) => `${n.toFixed(1)} s`;
  const rebuild = (m) => m.before.rebuildSeconds != null && m.after.rebuildSeconds != null ? delta(m.before.rebuildSeconds, m.after.rebuildSeconds, seconds) : "not measured";
  const rows = measured.measurements.map(
    (m) => `| \`${escapeCell(m.file)}\` | ${delta(m.before.bytes, m.after.bytes, formatMB)} | ${m.before.layers} \u2192 ${m.after.layers} | ${delta(m.before.buildSeconds, m.after.buildSeconds, seconds)} | ${rebuild(m)} | ${escapeCell(m.verdict)} |`
  );
  const parts = [];
  if (rows.length) {
    parts.push(
      "Built before and after on a container engine, one build each (timings vary between runs): the full build without cache, and the rebuild with cache after a new file appears in the build context, as a commit does. The verifier compared the two images.",
      "",
      "| Dockerfile | Image size | Layers | Build | Rebuild after a source change | Verifier |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows
    );
  }
  if (measured.notes.length) parts.push("", ...measured.notes.map((n) => `- ${inline(n)}`));
  return parts;
}
async function prBody(files, options = {}) {
  let text = draft(files, options, /* @__PURE__ */ new Set());
  const bySize = [...files].sort((a, b2) => b2.result.output.length - a.result.output.length);
  const dropped = /* @__PURE__ */ new Set();
  for (const f of bySize) {
    if (text.length <= MAX_BODY) break;
    dropped.add(f.file);
    text = draft(files, options, dropped);
  }
  const blocks = [];
  const held = text.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, (block) => {
    blocks.push(block);
    return `DOCKERFIXDIFF${blocks.length - 1}X`;
  });
  const formatted = await ku(held, { parser: "markdown", plugins: [markdown_exports], proseWrap: "preserve", embeddedLanguageFormatting: "off" });
  return formatted.replace(/^DOCKERFIXDIFF(\d+)X$/gm, (_m2, i) => blocks[Number(i)]);
}
function draft(files, options, noDiff) {
  const all = files.flatMap((f) => f.result.changes);
  const unsafe = all.filter((c) => c.safety === "unsafe").length;
  const out = [];
  out.push(
    `dockerfix rewrote ${plural(files.length, "Dockerfile")} (${plural(all.length, "change")}) so that images rebuild faster and ship smaller.`,
    unsafe === 0 ? "Every change is in the safe tier: the image contains and does the same, except that caches and build-only files leave it." : `${unsafe} of the changes ${unsafe === 1 ? "is" : "are"} in the **unsafe** tier (applied because unsafe changes were asked for): ${unsafe === 1 ? "it" : "they"} may change what the image contains; review ${unsafe === 1 ? "it" : "them"} closely.`,
    "",
    "| Dockerfile | Changes | Passes |",
    "| --- | --- | --- |"
  );
  for (const f of files) {
    const passes = [...new Set(f.result.changes.map((c) => c.pass))].join(", ");
    const u = f.result.changes.filter((c) => c.safety === "unsafe").length;
    out.push(`| \`${escapeCell(f.file)}\` | ${f.result.changes.length}${u ? ` (${u} unsafe)` : ""} | ${passes} |`);
  }
  if (options.measured) out.push("", "### Measured", "", ...measuredSection(options.measured));
  const reasonsAt = /* @__PURE__ */ new Map();
  for (const f of files) {
    out.push("", `### \`${f.file}\``, "");
    const groups = byLine(groupChanges(f.result.changes));
    for (const g of groups) {
      const where = linesLabel(g.lines);
      const tier = g.safety === "unsafe" ? " **unsafe**" : "";
      const seen = reasonsAt.get(g.reason);
      const why = !seen ? inline(g.reason) : seen.file === f.file ? `Same reason as ${seen.where}.` : `Same reason as \`${seen.file}\`, ${seen.where}.`;
      if (!seen) reasonsAt.set(g.reason, { file: f.file, where });
      out.push(`- **${g.pass}**, ${where}${tier}: ${inline(g.message)}.`.replace(/\.\.$/, "."), `  ${why}`);
    }
    const shown = [...f.result.output !== f.result.input ? [{ path: f.file, before: f.result.input, after: f.result.output }] : [], ...f.created.map((c) => ({ path: c.path, before: "", after: c.content }))];
    const parts = shown.map((d) => unifiedDiff(d.path, d.before, d.after));
    const diffs = parts.join("\n");
    out.push("");
    if (noDiff.has(f.file) || parts.includes(null)) {
      out.push("The diff is too long for this description: see the Files changed tab.");
    } else {
      const fenceMark = fence(diffs);
      out.push("<details>", `<summary>Diff of ${escapeHtml(shown.map((d) => d.path).join(" and "))}</summary>`, "", `${fenceMark}diff`, diffs, fenceMark, "", "</details>");
    }
  }
  out.push(
    "",
    "---",
    "",
    `<sub>Opened by dockerfix, which keeps this pull request up to date: each run rewrites the default branch again and replaces this branch. To keep a change out, put a \`# dockerfix-ignore <pass>\` comment above the instruction on the default branch. A commit pushed to this branch by anyone else stops the bot from touching it.</sub>`
  );
  return `${out.join("\n")}
`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/pr/forge.ts
var ForgeError = class extends Error {
};

// src/pr/git.ts
import { execFile } from "node:child_process";
import fs4 from "node:fs";
import os from "node:os";
import path3 from "node:path";
var GitError = class extends Error {
};
var BOT = { name: "dockerfix", email: "dockerfix-bot@users.noreply.github.com" };
function redact(text, secrets) {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of [secret, basicAuth(secret), encodeURIComponent(secret)]) out = out.split(form).join("***");
  }
  return out.replace(/(https?:\/\/)[^/@\s]+@/g, "$1***@");
}
function basicAuth(token) {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}
var Git = class {
  cwd;
  token;
  /** Environment entries every git call gets (the temporary index, the auth header). */
  extraEnv = {};
  constructor(options) {
    this.cwd = options.cwd;
    this.token = options.token;
  }
  /** Runs git; resolves stdout. Failures become a GitError naming the git subcommand and git's own last line. */
  run(args, options = {}) {
    const env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: "0",
      GIT_ASKPASS: "",
      LC_ALL: "C",
      ...this.extraEnv,
      ...options.env
    };
    return new Promise((resolve3, reject) => {
      const child = execFile("git", args, { cwd: this.cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" }, (error, stdout, stderr) => {
        const result = { code: error ? typeof error.code === "number" ? error.code : 1 : 0, stdout: stdout.toString("utf8"), stderr: stderr.toString("utf8") };
        if (error && !options.allowFail) {
          if (error.code === "ENOENT") return reject(new GitError('git is not installed (no "git" on PATH)'));
          const lines = result.stderr.trim().split("\n").filter(Boolean);
          const last = lines.find((l) => /^\s*! \[/.test(l))?.trim() ?? lines.find((l) => /^(fatal|error): /.test(l)) ?? lines.pop() ?? `exit code ${result.code}`;
          return reject(new GitError(this.redact(`git ${args[0]} failed: ${last.replace(/^(fatal|error): /, "")}`)));
        }
        resolve3(result);
      });
      if (options.input !== void 0) child.stdin?.end(options.input);
    });
  }
  redact(text) {
    return redact(text, [this.token]);
  }
  async text(args, options = {}) {
    return (await this.run(args, options)).stdout.trim();
  }
  /** The top of the working tree; a GitError when cwd is not in a git checkout. */
  async topLevel() {
    const r = await this.run(["rev-parse", "--show-toplevel"], { allowFail: true });
    if (r.code !== 0) throw new GitError(`${this.cwd} is not inside a git repository`);
    return r.stdout.trim();
  }
  async remoteUrl(remote) {
    const r = await this.run(["remote", "get-url", remote], { allowFail: true });
    if (r.code !== 0) throw new GitError(`the repository has no remote "${remote}" (pr rewrites the default branch as the remote has it and pushes there: add the remote, or name another with --remote)`);
    return r.stdout.trim();
  }
  /**
   * Makes the token the only auth header git sends to the remote's host. Given through the environment, it is the
   * last config read; for the same URL key an empty value first clears what `.git/config` may hold (actions/checkout
   * persists its own header there, and two Authorization headers make GitHub refuse the request).
   */
  async useTokenFor(remote) {
    if (!this.token) return;
    const url = await this.remoteUrl(remote);
    const m = /^(https?:\/\/)(?:[^/@]*@)?([^/]+)\//.exec(url);
    if (!m) return;
    const key = `http.${m[1]}${m[2]}/.extraheader`;
    this.extraEnv = {
      ...this.extraEnv,
      GIT_CONFIG_COUNT: "2",
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: "",
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basicAuth(this.token)}`
    };
  }
  /** Branch heads on the remote: name -> commit id, for the names asked (missing ones are absent). */
  async remoteHeads(remote, branches) {
    const out = await this.text(["ls-remote", "--heads", remote, ...branches.map((b2) => `refs/heads/${b2}`)]);
    const heads = /* @__PURE__ */ new Map();
    for (const line of out.split("\n").filter(Boolean)) {
      const [sha, ref] = line.split("	");
      heads.set(ref.replace(/^refs\/heads\//, ""), sha);
    }
    return heads;
  }
  /** Brings the commits of these remote branches into the object store (no local branch is created or moved). */
  async fetch(remote, branches) {
    if (branches.length === 0) return;
    await this.run(["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--refmap=", remote, ...branches.map((b2) => `refs/heads/${b2}`)]);
  }
  /** Commits reachable from `head` and not from `base`, newest first, with author and committer emails. */
  async commitsBetween(base, head) {
    const out = await this.text(["log", "--format=%H%x00%ae%x00%ce%x00%P%x00%s", `${base}..${head}`]);
    return out.split("\n").filter(Boolean).map((line) => {
      const [sha, authorEmail, committerEmail, parents, subject] = line.split("\0");
      return { sha, authorEmail, committerEmail, parents: parents.split(" ").filter(Boolean), subject };
    });
  }
  async treeOf(commit) {
    return this.text(["rev-parse", `${commit}^{tree}`]);
  }
  async parentsOf(commit) {
    return (await this.text(["rev-list", "--parents", "-n", "1", commit])).split(" ").slice(1);
  }
};
var Snapshot = class _Snapshot {
  constructor(git, tmp) {
    this.git = git;
    this.tmp = tmp;
    this.dir = path3.join(tmp, "tree");
    this.index = path3.join(tmp, "index");
  }
  git;
  dir;
  index;
  tmp;
  static async of(git, commit) {
    const tmp = fs4.mkdtempSync(path3.join(os.tmpdir(), "dockerfix-pr-"));
    const snap = new _Snapshot(git, tmp);
    try {
      fs4.mkdirSync(snap.dir);
      await git.run(["read-tree", commit], { env: snap.env() });
      await git.run(["checkout-index", "--all", `--prefix=${snap.dir}${path3.sep}`], { env: snap.env() });
    } catch (error) {
      snap.dispose();
      throw error;
    }
    return snap;
  }
  env() {
    return { GIT_INDEX_FILE: this.index };
  }
  /** Mode of a path in the index (100644, 100755...). */
  async mode(rel) {
    const out = await this.git.text(["ls-files", "--stage", "--", rel], { env: this.env() });
    return out.split(" ")[0] || "100644";
  }
  /** Writes content as the blob of `rel` (through the repository's clean filters) and stages it. */
  async put(rel, content) {
    const posix2 = rel.split(path3.sep).join("/");
    const mode = await this.mode(posix2);
    const blob = await this.git.text(["hash-object", "-w", "--stdin", `--path=${posix2}`], { input: content });
    await this.git.run(["update-index", "--add", "--cacheinfo", `${mode},${blob},${posix2}`], { env: this.env() });
  }
  async writeTree() {
    return this.git.text(["write-tree"], { env: this.env() });
  }
  dispose() {
    fs4.rmSync(this.tmp, { recursive: true, force: true });
  }
};
async function commitTree(git, tree, parent, message, bot = BOT) {
  const env = {
    GIT_AUTHOR_NAME: bot.name,
    GIT_AUTHOR_EMAIL: bot.email,
    GIT_COMMITTER_NAME: bot.name,
    GIT_COMMITTER_EMAIL: bot.email
  };
  return git.text(["commit-tree", tree, "-p", parent, "-F", "-"], { input: message, env });
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback2, name2) => {
      return register.bind(null, state, name2, callback2, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b2) => a.concat(b2), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k2) {
            if (isDefined(value[k2])) {
              result.push(encodeValue(operator, value[k2], k2));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k2) {
            if (isDefined(value[k2])) {
              tmp.push(encodeUnreserved(k2));
              tmp.push(encodeValue(operator, value[k2].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_2, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k2 = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k2);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k2];
        const childVal = prepareVal(node.val, k2, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k2) + ": ");
        } else {
          chunks.push(originalStringify(k2) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k2,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_2, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log2 = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log2.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v2) => JSON.stringify(v2)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep2 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep2}${b64url}${sep2}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION5 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path5 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path5} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path5} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION7 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION7;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION7;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION8 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION8}`
  }
);

// src/pr/github.ts
function parseRepository(url) {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]*@)?[^/]+(?::\d+)?\/|[^@/:]+@[^:]+:)(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? { owner: m[1], repo: m[2] } : null;
}
var toPull = (p) => ({
  number: p.number,
  url: p.html_url,
  title: p.title,
  body: p.body ?? "",
  labels: (p.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean)
});
var GitHubForge = class {
  octokit;
  owner;
  repo;
  token;
  baseUrl;
  constructor(options) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.token = options.token;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.octokit = new Octokit2({
      auth: options.token,
      baseUrl: this.baseUrl,
      userAgent: "dockerfix-pr",
      // A host that never answers must not hang a CI job: each request gets its own time limit.
      request: { fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 3e4) }) },
      // Octokit logs deprecations and failed requests itself; the command prints its own one line.
      log: { debug: () => {
      }, info: () => {
      }, warn: () => {
      }, error: () => {
      } }
    });
  }
  get where() {
    return { owner: this.owner, repo: this.repo };
  }
  async defaultBranch() {
    const { data } = await this.call("read the repository", () => this.octokit.rest.repos.get(this.where));
    return data.default_branch;
  }
  async findOpenPullRequest(head) {
    const { data } = await this.call(
      "list pull requests",
      () => this.octokit.rest.pulls.list({ ...this.where, state: "open", head: `${this.owner}:${head}`, per_page: 10 })
    );
    return data.length ? toPull(data[0]) : null;
  }
  async lastClosedPullRequest(head) {
    const { data } = await this.call(
      "list pull requests",
      () => this.octokit.rest.pulls.list({ ...this.where, state: "closed", head: `${this.owner}:${head}`, sort: "updated", direction: "desc", per_page: 1 })
    );
    return data.length ? { number: data[0].number, merged: Boolean(data[0].merged_at) } : null;
  }
  async createPullRequest(head, base, content) {
    const { data } = await this.call("create the pull request", () => this.octokit.rest.pulls.create({ ...this.where, head, base, ...content }));
    return toPull(data);
  }
  async updatePullRequest(number, content) {
    const { data } = await this.call(`update pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.where, pull_number: number, ...content }));
    return toPull(data);
  }
  async closePullRequest(number) {
    await this.call(`close pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.where, pull_number: number, state: "closed" }));
  }
  async comment(number, body) {
    await this.call(`comment on pull request #${number}`, () => this.octokit.rest.issues.createComment({ ...this.where, issue_number: number, body }));
  }
  async addLabels(number, labels) {
    if (labels.length === 0) return;
    await this.call(`label pull request #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.where, issue_number: number, labels }));
  }
  /** Runs one API call; any failure becomes a ForgeError of one line, without the token. */
  async call(what, request2) {
    try {
      return await request2();
    } catch (error) {
      throw new ForgeError(redact(`GitHub API: cannot ${what}: ${this.explain(error)}`, [this.token]));
    }
  }
  explain(error) {
    const e = error;
    if (!e.response) {
      const code = e.cause?.cause?.code ?? e.cause?.code;
      return `${this.baseUrl} did not answer (${code ?? firstLine(e.message ?? "network error")}): check the network and --api-url / GITHUB_API_URL`;
    }
    const headers = e.response.headers ?? {};
    const apiMessage = firstLine(messageOf(e.response.data) ?? e.message ?? "");
    const repo = `${this.owner}/${this.repo}`;
    switch (e.status) {
      case 401:
        return "the token was refused (401 Bad credentials): check GITHUB_TOKEN";
      case 403:
      case 429: {
        if (headers["x-ratelimit-remaining"] === "0" || e.status === 429 || /rate limit/i.test(apiMessage)) {
          const reset = Number(headers["x-ratelimit-reset"]);
          const retry = Number(headers["retry-after"]);
          const when = Number.isFinite(retry) && retry > 0 ? `; retry after ${retry} s` : Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1e3).toISOString().replace(".000Z", "Z")}` : "";
          return `rate limit exceeded (${e.status})${when}`;
        }
        return `permission denied (403: ${apiMessage || "forbidden"}): the token needs contents: write and pull-requests: write on ${repo}`;
      }
      case 404:
        return `${repo} not found (404): check the repository name, or the token cannot see it`;
      case 422:
        return `the API rejected the request (422: ${apiMessage || "validation failed"})`;
      default:
        return `HTTP ${e.status}${apiMessage ? `: ${apiMessage}` : ""}`;
    }
  }
};
function firstLine(s) {
  return s.split("\n")[0].trim();
}
function messageOf(data) {
  if (!data || typeof data !== "object") return typeof data === "string" && data ? data : void 0;
  const d = data;
  const details = (d.errors ?? []).map((x) => typeof x === "string" ? x : x.message ?? [x.field, x.code].filter(Boolean).join(" ")).filter(Boolean);
  return [d.message, ...details].filter(Boolean).join(": ") || void 0;
}

// src/pr/command.ts
var PR_EXIT = { ok: 0, foreignCommits: 1, error: 2 };
var DEFAULT_PREFIX = "dockerfix/";
var Stop = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
  code;
};
async function prCommand(opts, streams) {
  const token = streams.env.GITHUB_TOKEN || void 0;
  const out = (s) => void streams.stdout.write(`${redact(s, [token])}
`);
  try {
    await run(opts, streams, token, out);
    return PR_EXIT.ok;
  } catch (error) {
    const code = error instanceof Stop ? error.code : PR_EXIT.error;
    const known = error instanceof Stop || error instanceof ForgeError || error instanceof GitError || error instanceof ConfigError || error instanceof UsageError || error instanceof InputError;
    const message = known ? error.message : `internal error: ${error.message}`;
    streams.stderr.write(`dockerfix pr: ${redact(message, [token])}
`);
    return code;
  }
}
async function run(opts, streams, token, out) {
  const remote = opts.remote ?? "origin";
  const git = new Git({ cwd: opts.cwd ?? process.cwd(), token });
  await git.topLevel();
  await git.useTokenFor(remote);
  if (!token && !opts.dryRun && !opts.forge) throw new Stop("GITHUB_TOKEN is not set (the token needs contents: write and pull-requests: write)", PR_EXIT.error);
  const forge = opts.forge ?? (token ? await gitHubForge(git, remote, opts, streams.env, token) : null);
  const defaultBranch = forge ? await forge.defaultBranch() : await remoteDefaultBranch(git, remote);
  const heads = await git.remoteHeads(remote, [defaultBranch]);
  const base = heads.get(defaultBranch);
  if (!base) throw new Stop(`the remote "${remote}" has no branch "${defaultBranch}"`, PR_EXIT.error);
  await git.fetch(remote, [defaultBranch]);
  const snapshot = await Snapshot.of(git, base);
  try {
    const config = readConfig(snapshot.dir, `.dockerfix.json (on ${defaultBranch} at ${base.slice(0, 7)})`) ?? {};
    const branch = `${config.branchPrefix ?? DEFAULT_PREFIX}rewrite`;
    if (branch === defaultBranch || branch.startsWith(`${defaultBranch}/`)) {
      throw new Stop(`the bot's branch "${branch}" would be or sit under the default branch "${defaultBranch}": change "branchPrefix" in .dockerfix.json`, PR_EXIT.error);
    }
    await git.text(["check-ref-format", "--branch", branch]).catch(() => {
      throw new Stop(`"${branch}" is not a valid branch name: change "branchPrefix" in .dockerfix.json`, PR_EXIT.error);
    });
    const botHead = (await git.remoteHeads(remote, [branch])).get(branch) ?? null;
    if (botHead) {
      await git.fetch(remote, [branch]);
      await assertOnlyBotCommits(git, base, botHead, branch);
    }
    const files = await rewriteAll(snapshot.dir, config, opts, streams);
    const pr2 = forge ? await forge.findOpenPullRequest(branch) : null;
    if (forge && botHead && !pr2) {
      const closed = await forge.lastClosedPullRequest(branch);
      if (closed && !closed.merged) {
        out(`pull request #${closed.number} from ${branch} was closed without merging: dockerfix does not open it again (delete the branch ${branch} to let it)`);
        return;
      }
    }
    const short = base.slice(0, 7);
    if (files.length === 0) {
      if (opts.dryRun) {
        out(`nothing to change on ${defaultBranch} (${short})`);
        if (pr2) out(`would close pull request #${pr2.number} with a comment`);
        if (botHead) out(`would delete the branch ${branch}`);
        return;
      }
      if (pr2) {
        await forge.comment(pr2.number, `Nothing is left to change on \`${defaultBranch}\` (${base}): the Dockerfiles are already as dockerfix would write them. Closing this pull request and deleting its branch.`);
        await forge.closePullRequest(pr2.number);
        out(`closed pull request #${pr2.number}: nothing left to change`);
      }
      if (botHead) {
        await git.run(["push", "--quiet", "--no-verify", `--force-with-lease=refs/heads/${branch}:${botHead}`, remote, `:refs/heads/${branch}`]);
        out(`deleted the branch ${branch}`);
      }
      out(`nothing to change on ${defaultBranch} (${short})`);
      return;
    }
    const measured = opts.measure ? await measure(snapshot.dir, files, streams) : void 0;
    const message = commitMessage(files);
    const content = { title: title(files), body: await prBody(files, { measured }) };
    const changes = files.reduce((n, f2) => n + f2.result.changes.length, 0);
    if (opts.dryRun) {
      out(`branch: ${branch} (from ${defaultBranch} at ${short})`);
      out(pr2 ? `pull request: would update #${pr2.number}` : forge ? "pull request: would open a new one" : "pull request: not looked up (no GITHUB_TOKEN)");
      out(`
--- commit message ---
${message}--- pull request: ${content.title} ---
${content.body}`);
      return;
    }
    for (const f2 of files) {
      await snapshot.put(f2.file, f2.result.output);
      for (const c of f2.created) await snapshot.put(c.path, c.content);
    }
    const tree = await snapshot.writeTree();
    let commit;
    if (botHead && await git.treeOf(botHead) === tree && (await git.parentsOf(botHead)).join(" ") === base) {
      commit = botHead;
      out(`${branch} is up to date (${commit.slice(0, 7)})`);
    } else {
      commit = await commitTree(git, tree, base, message);
      await git.run(["push", "--quiet", "--no-verify", `--force-with-lease=refs/heads/${branch}:${botHead ?? ""}`, remote, `${commit}:refs/heads/${branch}`]);
      out(`pushed ${branch} (${commit.slice(0, 7)}, on ${defaultBranch} at ${short}): ${changes} change${changes === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}`);
    }
    const f = forge;
    const labels = config.labels ?? [];
    if (pr2) {
      const updated = pr2.title === content.title && pr2.body.replace(/\r\n/g, "\n").trim() === content.body.trim() ? pr2 : await f.updatePullRequest(pr2.number, content);
      const missing = labels.filter((l) => !pr2.labels.includes(l));
      if (missing.length) await f.addLabels(pr2.number, missing);
      out(`${updated === pr2 ? "pull request is current" : "updated pull request"} #${pr2.number}: ${pr2.url}`);
    } else {
      const created = await f.createPullRequest(branch, defaultBranch, content);
      if (labels.length) await f.addLabels(created.number, labels);
      out(`opened pull request #${created.number}: ${created.url}`);
    }
  } finally {
    snapshot.dispose();
  }
}
async function assertOnlyBotCommits(git, base, botHead, branch) {
  const commits = await git.commitsBetween(base, botHead);
  const foreign = commits.filter((c) => c.authorEmail !== BOT.email || c.committerEmail !== BOT.email);
  if (foreign.length === 0 && commits.length <= 1) return;
  const example = foreign[0] ?? commits[0];
  throw new Stop(
    `${branch} has ${foreign.length ? `${foreign.length} commit${foreign.length === 1 ? "" : "s"} not made by dockerfix` : `${commits.length} commits`} (${example.sha.slice(0, 7)} by ${example.authorEmail}: "${example.subject}"); leaving it alone. Merge or close the pull request and delete the branch to let dockerfix start again.`,
    PR_EXIT.foreignCommits
  );
}
async function gitHubForge(git, remote, opts, env, token) {
  const named = opts.repo ?? env.GITHUB_REPOSITORY;
  const repository = named ? parseRepository(`https://x/${named}`) : parseRepository(await git.remoteUrl(remote));
  if (!repository) {
    throw new Stop(named ? `"${named}" is not a repository name (owner/name)` : `cannot tell owner/name from the URL of the remote "${remote}": use --repo owner/name`, PR_EXIT.error);
  }
  const baseUrl = opts.apiUrl ?? (env.GITHUB_API_URL || "https://api.github.com");
  if (!/^https?:\/\/[^\s]+$/.test(baseUrl)) throw new Stop(`"${baseUrl}" is not an API URL (http:// or https://)`, PR_EXIT.error);
  return new GitHubForge({ ...repository, token, baseUrl });
}
async function remoteDefaultBranch(git, remote) {
  await git.remoteUrl(remote);
  const out = await git.text(["ls-remote", "--symref", remote, "HEAD"]);
  const m = /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(out);
  if (!m) throw new Stop(`cannot tell the default branch of the remote "${remote}"`, PR_EXIT.error);
  return m[1];
}
async function rewriteAll(root, config, opts, streams) {
  const passes = selectPasses(opts.only ?? config.passes, [...opts.skip ?? [], ...config.skip ?? []]).map((p) => p.id);
  const options = { passes, unsafe: Boolean(opts.unsafe ?? config.unsafe), cacheStrategy: opts.cacheStrategy ?? config.cacheStrategy ?? "clean" };
  const wanted = opts.paths?.length ? opts.paths : config.paths ?? ["."];
  for (const p of wanted) {
    if (path4.isAbsolute(p) || p.split(/[\\/]/).includes("..")) throw new UsageError(`${p}: paths are relative to the repository root`);
  }
  const { files, errors } = await discover(wanted.map((p) => path4.join(root, p)));
  const ignored = ignoreMatcher(config);
  const rel = (abs) => path4.relative(root, abs).split(path4.sep).join("/");
  for (const e of errors) streams.stderr.write(`dockerfix pr: ${e.message.split(root + path4.sep).join("")}
`);
  const rewrites = [];
  const placed = [];
  try {
    for (const abs of files) {
      const rewritten = rewriteOne(abs);
      if (!rewritten) continue;
      rewrites.push(rewritten);
      for (const c of rewritten.created) {
        const target = path4.join(root, c.path);
        fs5.mkdirSync(path4.dirname(target), { recursive: true });
        fs5.writeFileSync(target, c.content);
        placed.push(target);
      }
    }
  } finally {
    for (const target of placed) fs5.rmSync(target, { force: true });
  }
  return rewrites;
  function rewriteOne(abs) {
    const file = rel(abs);
    if (ignored(file) || fs5.lstatSync(abs).isSymbolicLink()) return null;
    let text;
    try {
      text = readDockerfile(abs);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      streams.stderr.write(`dockerfix pr: skipped ${error.message.split(root + path4.sep).join("")}
`);
      return null;
    }
    const context = path4.dirname(abs);
    const result = rewrite(text, { ...options, context, dockerfileName: path4.basename(abs) });
    if (!result.changed) return null;
    const created = result.files.filter((c) => !fs5.existsSync(path4.join(context, c.path))).map((c) => ({ path: rel(path4.join(context, c.path)), content: c.content }));
    return { file, result, created };
  }
}
async function measure(root, files, streams) {
  const { engineStatus } = await import("./docker-SBRTONQP.mjs");
  const engine = await engineStatus();
  if (!engine.ok) return { notMeasured: `no container engine was available (${engine.reason})` };
  const { verifyRewrite, summaryLine } = await import("./verify-4IBLSNLH.mjs");
  const measurements = [];
  const notes = [];
  for (const f of files) {
    streams.stderr.write(`dockerfix pr: measuring ${f.file} (builds without and with cache, before and after)
`);
    const dir = path4.join(root, path4.dirname(f.file));
    try {
      const report2 = await verifyRewrite(dir, f.result, { noCache: true });
      const verdict = report2.ok ? "equivalent" : summaryLine(report2).replace(/^verify [^:]+: /, "");
      if (!report2.original || !report2.rewritten) {
        notes.push(`${f.file}: ${verdict}`);
        continue;
      }
      const before = { ...report2.original, rebuildSeconds: await rebuildSeconds(dir, f.result.input, [], path4.basename(f.file)) };
      const after = { ...report2.rewritten, rebuildSeconds: await rebuildSeconds(dir, f.result.output, f.result.files, path4.basename(f.file)) };
      measurements.push({ file: f.file, before, after, verdict });
    } catch (error) {
      notes.push(`${f.file}: not measured (${error.message.split("\n")[0]})`);
    }
  }
  return { measurements, notes };
}
async function rebuildSeconds(dir, text, created, dockerfileName) {
  const { build: build2, removeImage } = await import("./docker-SBRTONQP.mjs");
  const { prepareContext } = await import("./verify-4IBLSNLH.mjs");
  const context = await prepareContext(dir, created);
  const tag = `dockerfix-pr/measure:${process.pid}-${Date.now()}`;
  const probe = path4.join(context.dir, `.dockerfix-rebuild-probe-${process.pid}`);
  try {
    if (!(await build2(context.dir, text, tag, { dockerfileName })).ok) return null;
    fs5.writeFileSync(probe, `${Date.now()}
`);
    const again = await build2(context.dir, text, tag, { dockerfileName });
    return again.ok ? again.seconds : null;
  } finally {
    fs5.rmSync(probe, { force: true });
    await removeImage(tag);
    await context.cleanup();
  }
}

// src/pr/action.ts
function input(env, name) {
  return (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
}
function flag(env, name) {
  const value = input(env, name).toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new Error(`input "${name}" must be true or false, not "${value}"`);
}
async function runAction(env = process.env) {
  let opts;
  try {
    const paths = input(env, "paths").split(/[\s,]+/).filter(Boolean);
    opts = {
      paths,
      dryRun: flag(env, "dry-run"),
      measure: flag(env, "measure"),
      apiUrl: input(env, "api-url") || void 0,
      cwd: input(env, "working-directory") || process.cwd()
    };
  } catch (error) {
    process.stderr.write(`dockerfix pr: ${error.message}
`);
    return 2;
  }
  const token = input(env, "token") || env.GITHUB_TOKEN;
  return prCommand(opts, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: { ...env, GITHUB_TOKEN: token } });
}
process.exitCode = await runAction();
export {
  runAction
};
