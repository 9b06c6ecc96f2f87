#!/bin/sh
# Builds the migration lab's guest with the machine's gcc and ld: build.sh OUT_DIR -> OUT_DIR/guest.elf
# (a 32-bit multiboot ELF). No C library and no libgcc: the guest does 64-bit division itself.
set -eu
src=$(cd "$(dirname "$0")" && pwd)
out=${1:?usage: build.sh OUT_DIR}
mkdir -p "$out"
flags="-m32 -march=i686 -ffreestanding -fno-pic -fno-pie -fno-stack-protector -fno-asynchronous-unwind-tables -nostdlib -O2 -Wall -Wextra -Werror"
gcc $flags -c "$src/boot.S" -o "$out/boot.o"
gcc $flags -c "$src/guest.c" -o "$out/guest.o"
ld -m elf_i386 -nostdlib -no-pie -T "$src/guest.ld" -o "$out/guest.elf" "$out/boot.o" "$out/guest.o"
