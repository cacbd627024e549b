using System.Buffers.Binary;
using System.IO.Compression;

namespace CoachBot.Bot.AppPackage;

/// <summary>
/// A minimal PNG writer and reader for the app icons: 8-bit RGBA (colour type 6) written with filter 0,
/// and 8-bit greyscale/RGB/grey-alpha/RGBA non-interlaced images read with all five filters. Pixels are RGBA,
/// row by row.
/// </summary>
public sealed record PngImage(int Width, int Height, int BitDepth, int ColorType, byte[] Rgba)
{
    /// <summary>PNG colour type 6: truecolour with alpha.</summary>
    public const int ColorTypeRgba = 6;

    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when the image has an alpha channel (colour types 4 and 6).</summary>
    public bool HasAlpha => ColorType is 4 or ColorTypeRgba;

    /// <summary>The RGBA of pixel (x, y).</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    /// <summary>Encodes RGBA pixels as an 8-bit RGBA PNG.</summary>
    public static byte[] Encode(int width, int height, ReadOnlySpan<byte> rgba)
    {
        if (width <= 0 || height <= 0 || rgba.Length != width * height * 4)
        {
            throw new ArgumentException("The pixel buffer must hold width × height RGBA pixels.", nameof(rgba));
        }

        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                zlib.Write(rgba.Slice(y * width * 4, width * 4));
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = ColorTypeRgba;

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", raw.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>Reads only the IHDR: width, height, bit depth and colour type (no pixels).</summary>
    public static PngImage ReadHeader(ReadOnlySpan<byte> png)
    {
        var (width, height, depth, colorType, _) = Header(png);
        return new PngImage(width, height, depth, colorType, []);
    }

    /// <summary>Decodes a PNG; throws <see cref="FormatException"/> with the reason when it cannot.</summary>
    public static PngImage Decode(ReadOnlySpan<byte> png)
    {
        var (width, height, depth, colorType, interlace) = Header(png);
        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new FormatException($"PNG colour type {colorType} (palette) is not supported here."),
        };
        if (depth != 8 || interlace != 0)
        {
            throw new FormatException("Only 8-bit, non-interlaced PNGs are decoded here.");
        }

        using var compressed = new MemoryStream();
        foreach (var (type, data) in Chunks(png))
        {
            if (type == "IDAT")
            {
                compressed.Write(data);
            }
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var stride = width * channels;
        var bytes = inflated.ToArray();
        if (bytes.Length < height * (stride + 1))
        {
            throw new FormatException("The PNG's image data is shorter than its size says.");
        }

        var pixels = Unfilter(bytes, height, stride, channels);
        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            var s = p * channels;
            (rgba[(p * 4) + 0], rgba[(p * 4) + 1], rgba[(p * 4) + 2], rgba[(p * 4) + 3]) = channels switch
            {
                1 => (pixels[s], pixels[s], pixels[s], (byte)255),
                2 => (pixels[s], pixels[s], pixels[s], pixels[s + 1]),
                3 => (pixels[s], pixels[s + 1], pixels[s + 2], (byte)255),
                _ => (pixels[s], pixels[s + 1], pixels[s + 2], pixels[s + 3]),
            };
        }

        return new PngImage(width, height, depth, colorType, rgba);
    }

    private static byte[] Unfilter(byte[] data, int height, int stride, int bpp)
    {
        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? output[row + x - bpp] : 0;
                int b = y > 0 ? output[row - stride + x] : 0;
                int c = x >= bpp && y > 0 ? output[row - stride + x - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new FormatException($"Unknown PNG filter type {filter}."),
                };
                output[row + x] = (byte)(data[source + x] + predictor);
            }
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static (int Width, int Height, int Depth, int ColorType, int Interlace) Header(ReadOnlySpan<byte> png)
    {
        if (png.Length < 33 || !png[..8].SequenceEqual(Signature))
        {
            throw new FormatException("Not a PNG file (bad signature).");
        }

        if (BinaryPrimitives.ReadInt32BigEndian(png[8..]) != 13 || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new FormatException("The PNG does not start with an IHDR chunk.");
        }

        var header = png.Slice(16, 13);
        return (BinaryPrimitives.ReadInt32BigEndian(header), BinaryPrimitives.ReadInt32BigEndian(header[4..]), header[8], header[9], header[12]);
    }

    private static List<(string Type, byte[] Data)> Chunks(ReadOnlySpan<byte> png)
    {
        var chunks = new List<(string, byte[])>();
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new FormatException("A PNG chunk runs past the end of the file.");
            }

            var type = System.Text.Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            var data = png.Slice(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]);
            if (crc != Crc32.Compute(png.Slice(offset + 4, 4), data))
            {
                throw new FormatException($"The PNG chunk {type} has a bad CRC.");
            }

            chunks.Add((type, data.ToArray()));
            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        return chunks;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        stream.Write(word);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.Compute(typeBytes, data));
        stream.Write(word);
    }
}
