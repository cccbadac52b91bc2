using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Content;

/// <summary>The hash that keys what the build keeps between runs: the first 32 hex digits of a SHA-256.</summary>
public static class ContentHash
{
    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..32];
}
