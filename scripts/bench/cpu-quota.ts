// CPU quotas standing in for Lambda memory sizes. Lambda allots CPU in proportion to memory, one full vCPU at
// 1,769 MB, so a size gets memory / 1,769 of one CPU. One cgroup per size with that quota; a cold-start child moves
// itself in before Node starts (cold-start.ts). Needs root and a cgroup cpu controller, v2 or v1. Not
// `systemd-run --scope -p CPUQuota=…`: it asks systemd over D-Bus for every process, which would land inside every
// measured start, and it needs systemd as init, which containers and CI runners often lack.
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Lambda's memory size with exactly one vCPU. */
export const FULL_VCPU_MB = 1769;
/** The kernel's default period: a 29% quota lets a group run 29 ms of CPU time in every 100 ms. */
export const PERIOD_US = 20_000;

const CGROUP_ROOT = '/sys/fs/cgroup';

export interface QuotaGroup {
  /** The Lambda memory size this group stands for; none for the unlimited reference. */
  readonly memoryMb?: number;
  /** memoryMb / 1,769: the group's share of one CPU. */
  readonly cpuShare?: number;
  /** Where a child writes its pid to join the group. */
  readonly procsFile: string;
  /** Periods in which the group used up its quota and had to wait (cpu.stat `nr_throttled`): proof the quota bites. */
  throttledPeriods(): Promise<number>;
}

export type CpuQuotas =
  | { readonly available: true; readonly mechanism: string; readonly groups: readonly QuotaGroup[]; remove(): Promise<void> }
  | { readonly available: false; readonly reason: string };

interface Hierarchy {
  readonly mechanism: string;
  readonly root: string;
  /** `quotaUs` of CPU time per period; undefined: no limit. */
  setQuota(group: string, quotaUs: number | undefined): Promise<void>;
}

const readText = (file: string) => readFile(file, 'utf8').catch(() => undefined);

async function hierarchy(): Promise<Hierarchy | string> {
  if (process.platform !== 'linux') return `cgroups are Linux-only, and this is ${process.platform}`;
  const v2Controllers = await readText(join(CGROUP_ROOT, 'cgroup.controllers'));
  if (v2Controllers !== undefined) {
    const delegated = (await readText(join(CGROUP_ROOT, 'cgroup.subtree_control'))) ?? '';
    if (!delegated.split(/\s+/).includes('cpu')) {
      return `cgroup v2's cpu controller is not enabled for child groups (${CGROUP_ROOT}/cgroup.subtree_control: "${delegated.trim()}")`;
    }
    return {
      mechanism: 'cgroup v2 (`cpu.max`)',
      root: CGROUP_ROOT,
      setQuota: (group, quotaUs) => writeFile(join(group, 'cpu.max'), `${quotaUs ?? 'max'} ${PERIOD_US}`),
    };
  }
  // A hybrid or legacy layout: the cpu controller still on cgroup v1.
  const v1 = join(CGROUP_ROOT, 'cpu');
  if ((await readText(join(v1, 'cpu.cfs_quota_us'))) !== undefined) {
    return {
      mechanism: 'the cgroup v1 cpu controller (`cpu.cfs_quota_us`; cgroup v2 here has none)',
      root: v1,
      setQuota: async (group, quotaUs) => {
        await writeFile(join(group, 'cpu.cfs_period_us'), String(PERIOD_US));
        await writeFile(join(group, 'cpu.cfs_quota_us'), String(quotaUs ?? -1));
      },
    };
  }
  return `no cgroup cpu controller under ${CGROUP_ROOT} (neither v2 \`cpu.max\` nor v1 \`cpu/cpu.cfs_quota_us\`)`;
}

async function throttledPeriods(group: string): Promise<number> {
  const stat = (await readText(join(group, 'cpu.stat'))) ?? '';
  return Number(/^nr_throttled (\d+)$/m.exec(stat)?.[1] ?? 0);
}

/**
 * A cgroup for each memory size, plus one without a quota (this machine's cores, the wrapper's cost included) as a
 * reference. Falls back to a reason when this machine or user cannot make them; `remove` once every child has exited.
 */
export async function cpuQuotas(memorySizesMb: readonly number[]): Promise<CpuQuotas> {
  const found = await hierarchy();
  if (typeof found === 'string') return { available: false, reason: found };
  const made: string[] = [];
  const remove = async () => {
    for (const group of made.reverse()) await rmdir(group).catch(() => undefined);
  };
  try {
    const groups: QuotaGroup[] = [];
    for (const memoryMb of [...memorySizesMb, undefined]) {
      const group = join(found.root, `back-coach-bench-${process.pid}-${memoryMb ?? 'unlimited'}`);
      await mkdir(group);
      made.push(group);
      const cpuShare = memoryMb === undefined ? undefined : memoryMb / FULL_VCPU_MB;
      await found.setQuota(group, cpuShare === undefined ? undefined : Math.round(cpuShare * PERIOD_US));
      groups.push({
        ...(memoryMb !== undefined && { memoryMb }),
        ...(cpuShare !== undefined && { cpuShare }),
        procsFile: join(group, 'cgroup.procs'),
        throttledPeriods: () => throttledPeriods(group),
      });
    }
    return { available: true, mechanism: found.mechanism, groups, remove };
  } catch (error) {
    await remove();
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { available: false, reason: `could not set up a cgroup under ${found.root} (${code})` };
  }
}
