#!/usr/bin/env python3
"""Lets TorchSharp's native shim load against an older libstdc++ (Debian bookworm's, GCC 12).

libLibTorchSharp.so (TorchSharp 0.107.0) was built with GCC 13 headers and so needs the
version GLIBCXX_3.4.32 from libstdc++.so.6, for one symbol: std::ios_base_library_init(),
which <iostream> only names (an `.globl` reference, to pin the library version) and never
calls; the shim has no relocation against it. Bookworm's libstdc++ stops at GLIBCXX_3.4.30,
so the dynamic loader refuses the whole library at dlopen.

This script marks each version the shim needs from libstdc++.so.6 that the machine's
libstdc++ lacks as weak (VER_FLG_WEAK in its Vernaux entry of .gnu.version_r). The loader
then only notes a missing weak version instead of refusing the library, and binds every
other symbol as before. It patches the file in place, so point it at the copy in a build
output, never at the NuGet cache. It refuses to weaken a version if any symbol with that
version has a relocation, since such a symbol would fail when bound. Running it again, or
on a machine whose libstdc++ has the versions, changes nothing.

Usage: patch-glibcxx.py LIBRARY.so [...]
"""
import ctypes
import struct
import sys

SHT_DYNSYM = 11
SHT_RELA = 4
SHT_REL = 9
SHT_GNU_VERDEF = 0x6FFFFFFD
SHT_GNU_VERNEED = 0x6FFFFFFE
SHT_GNU_VERSYM = 0x6FFFFFFF
VER_FLG_WEAK = 0x2
LIBSTDCXX = "libstdc++.so.6"


def sections(data):
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise SystemExit("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    result = []
    for i in range(shnum):
        name, kind, _flags, _addr, offset, size, link, info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize)
        result.append({"type": kind, "offset": offset, "size": size, "link": link, "info": info, "entsize": entsize})
    return result


def cstring(data, offset):
    return data[offset:data.index(b"\0", offset)].decode()


def defined_versions(path):
    data = open(path, "rb").read()
    secs = sections(data)
    names = set()
    for sec in secs:
        if sec["type"] != SHT_GNU_VERDEF:
            continue
        strtab = secs[sec["link"]]["offset"]
        at = sec["offset"]
        for _ in range(sec["info"]):
            _version, _flags, _ndx, count, _hash, aux, nxt = struct.unpack_from("<HHHHIII", data, at)
            name, = struct.unpack_from("<I", data, at + aux)
            names.add(cstring(data, strtab + name))
            at += nxt
    return names


def loaded_libstdcxx():
    """The libstdc++.so.6 this machine's loader picks, found in our own memory map after loading it."""
    ctypes.CDLL(LIBSTDCXX)
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if path.endswith("/" + LIBSTDCXX) or "/" + LIBSTDCXX + "." in path:
                return path
    raise SystemExit("cannot find the loaded " + LIBSTDCXX)


def patch(path, available):
    data = bytearray(open(path, "rb").read())
    secs = sections(data)
    needs = [s for s in secs if s["type"] == SHT_GNU_VERNEED]
    if not needs:
        print(f"{path}: needs no symbol versions")
        return
    sec = needs[0]
    strtab = secs[sec["link"]]["offset"]
    weak_now = {}  # version index -> name
    at = sec["offset"]
    for _ in range(sec["info"]):
        _version, count, file, aux, nxt = struct.unpack_from("<HHIII", data, at)
        if cstring(data, strtab + file) == LIBSTDCXX:
            a = at + aux
            for _ in range(count):
                _hash, flags, other, name, anext = struct.unpack_from("<IHHII", data, a)
                version = cstring(data, strtab + name)
                if version not in available and not flags & VER_FLG_WEAK:
                    weak_now[other] = (version, a)
                a += anext
        at += nxt
    if not weak_now:
        print(f"{path}: every version it needs from {LIBSTDCXX} is there (or already weak); nothing to patch")
        return

    # Which symbols carry those versions, and are any of them relocated (bound) at all?
    dynsym = next(s for s in secs if s["type"] == SHT_DYNSYM)
    versym = next(s for s in secs if s["type"] == SHT_GNU_VERSYM)
    dynstr = secs[dynsym["link"]]["offset"]
    symbols = {}
    for i in range(dynsym["size"] // 24):
        ndx, = struct.unpack_from("<H", data, versym["offset"] + 2 * i)
        if ndx & 0x7FFF in weak_now:
            name, = struct.unpack_from("<I", data, dynsym["offset"] + 24 * i)
            symbols[i] = cstring(data, dynstr + name)
    for rel in (s for s in secs if s["type"] in (SHT_RELA, SHT_REL) and s["link"] == secs.index(dynsym)):
        for j in range(rel["size"] // rel["entsize"]):
            info, = struct.unpack_from("<Q", data, rel["offset"] + j * rel["entsize"] + 8)
            if info >> 32 in symbols:
                raise SystemExit(f"{path}: {symbols[info >> 32]} has a relocation; weakening its version would break it")

    for other, (version, a) in sorted(weak_now.items()):
        flags, = struct.unpack_from("<H", data, a + 4)
        struct.pack_into("<H", data, a + 4, flags | VER_FLG_WEAK)
        used = ", ".join(name for i, name in symbols.items()
                         if struct.unpack_from("<H", data, versym["offset"] + 2 * i)[0] & 0x7FFF == other)
        print(f"{path}: {LIBSTDCXX} {version} marked weak (symbols: {used or 'none'}; none relocated)")
    with open(path, "r+b") as out:
        out.write(data)


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    available = defined_versions(loaded_libstdcxx())
    for path in sys.argv[1:]:
        patch(path, available)


if __name__ == "__main__":
    main()
