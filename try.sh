#!/bin/bash
# usage: printf 'line\n...' | bash try.sh DATADIR [FAKE_NOW] [console flags]
dir=$1; shift
now=""
if [[ $# -gt 0 && $1 =~ ^[0-9]{4}- ]]; then now=$1; shift; fi
cd "$(dirname "$0")"
if [ -n "$now" ]; then exec faketime -f "@$now" npx tsx scripts/sim/console.ts --data "$dir" "$@"; else exec npx tsx scripts/sim/console.ts --data "$dir" "$@"; fi
