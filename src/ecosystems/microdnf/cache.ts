/** microdnf (UBI minimal, Fedora minimal): `microdnf clean all`; it keeps its metadata in /var/cache/yum. */
import { rpmManager } from '../yum/cache.js';

export const microdnf = rpmManager('microdnf', '/var/cache/yum', ['/var/cache/dnf']);
