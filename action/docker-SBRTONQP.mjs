import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ACCOUNT_DATABASES,
  DOCKER_BIN,
  DockerError,
  build,
  docker,
  engineAvailable,
  engineStatus,
  exportFileSystem,
  inspectImage,
  lastLine,
  parseTar,
  removeImage,
  runImage
} from "./chunk-RROPJ6AG.mjs";
import "./chunk-YSYEKVYX.mjs";
export {
  ACCOUNT_DATABASES,
  DOCKER_BIN,
  DockerError,
  build,
  docker,
  engineAvailable,
  engineStatus,
  exportFileSystem,
  inspectImage,
  lastLine,
  parseTar,
  removeImage,
  runImage
};
