using System.Buffers.Binary;
using System.IO.Compression;

namespace SiteGen.Tests.Templates;

/// <summary>
/// The characters a font file maps to glyphs, read from its cmap table: from a TrueType file, or
/// from a WOFF2 file, whose tables are one Brotli stream (the cmap is never transformed, so it
/// is read as it is once the tables before it are stepped over).
/// </summary>
public static class FontCharacters
{
    public static SortedSet<int> Of(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return BinaryPrimitives.ReadUInt32BigEndian(bytes) == 0x774F4632 /* wOF2 */ ? FromWoff2(bytes) : FromSfnt(bytes);
    }

    private static SortedSet<int> FromSfnt(byte[] font)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var entry = font.AsSpan(12 + 16 * i);
            if (BinaryPrimitives.ReadUInt32BigEndian(entry) != Tag("cmap")) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            return Cmap(font.AsSpan(offset, length));
        }
        throw new InvalidDataException("the font has no cmap table");
    }

    // WOFF2 (W3C recommendation, section 5): a 48-byte header, a directory of variable-length
    // entries, then the compressed tables back to back in directory order.
    private static SortedSet<int> FromWoff2(byte[] font)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(12));
        var compressedLength = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(20));
        var at = 48;
        long cmapOffset = -1, cmapLength = 0, offset = 0;
        for (var i = 0; i < tables; i++)
        {
            var flags = font[at++];
            var known = flags & 0x3f;
            uint tag;
            if (known == 63) { tag = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at)); at += 4; }
            else tag = KnownTags[known];
            var version = flags >> 6;
            var length = Base128(font, ref at);
            // glyf and loca are transformed unless their version is 3; any other table only when its version is not 0.
            var isGlyfOrLoca = tag == Tag("glyf") || tag == Tag("loca");
            if (isGlyfOrLoca ? version != 3 : version != 0) length = Base128(font, ref at);
            if (tag == Tag("cmap")) { cmapOffset = offset; cmapLength = length; }
            offset += length;
        }
        if (cmapOffset < 0) throw new InvalidDataException("the font has no cmap table");
        var data = new byte[offset];
        using (var brotli = new BrotliStream(new MemoryStream(font, at, compressedLength), CompressionMode.Decompress))
            brotli.ReadExactly(data);
        return Cmap(data.AsSpan((int)cmapOffset, (int)cmapLength));
    }

    private static uint Base128(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var i = 0; i < 5; i++)
        {
            var b = bytes[at++];
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("a UIntBase128 longer than five bytes");
    }

    // The Unicode subtable: format 12 (full repertoire) when there is one, else format 4 (the BMP).
    private static SortedSet<int> Cmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + 8 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format == 12) format12 = offset;
            if (unicode && format == 4) format4 = offset;
        }
        var characters = new SortedSet<int>();
        if (format12 >= 0)
        {
            var table = cmap[format12..];
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = table[(16 + 12 * g)..];
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end; c++) if (glyph + (uint)(c - start) != 0) characters.Add(c);
            }
            return characters;
        }
        if (format4 < 0) throw new InvalidDataException("the cmap has no Unicode subtable");
        var f4 = cmap[format4..];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(f4[6..]) / 2;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(f4[(14 + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(f4[(16 + 2 * segments + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(f4[(16 + 4 * segments + 2 * s)..]);
            var rangeAt = 16 + 6 * segments + 2 * s;
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(f4[rangeAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(f4[(rangeAt + rangeOffset + 2 * (c - start))..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) characters.Add(c);
            }
        }
        return characters;
    }

    private static uint Tag(string name) => BinaryPrimitives.ReadUInt32BigEndian(System.Text.Encoding.ASCII.GetBytes(name));

    private static readonly uint[] KnownTags =
    [
        .. new[]
        {
            "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ",
            "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS",
            "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc",
            "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop",
            "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
        }.Select(Tag),
    ];
}
