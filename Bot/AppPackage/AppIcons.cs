namespace CoachBot.Bot.AppPackage;

/// <summary>
/// Draws CoachBot's two Teams icons deterministically (protocol.md §8): the 192×192 colour icon — a white
/// speech bubble with a check mark on the accent colour — and the 32×32 outline icon — the same glyph as
/// white strokes on a transparent background. Shapes are anti-aliased by 4×4 supersampling.
/// </summary>
public static class AppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    public const string ColorFileName = "color.png";
    public const string OutlineFileName = "outline.png";

    /// <summary>The accent colour, also the manifest's <c>accentColor</c>.</summary>
    public const string AccentColor = "#2B6CB0";

    private const int Samples = 4;
    private static readonly (byte R, byte G, byte B) Accent = (0x2B, 0x6C, 0xB0);

    // The glyph in unit coordinates (0..1, y down).
    private const double BubbleLeft = 0.16, BubbleTop = 0.20, BubbleRight = 0.84, BubbleBottom = 0.68, BubbleRadius = 0.12;
    private static readonly (double X, double Y)[] Tail = [(0.28, 0.64), (0.46, 0.64), (0.24, 0.84)];
    private static readonly (double X, double Y)[] Check = [(0.35, 0.45), (0.46, 0.56), (0.66, 0.34)];

    /// <summary>The colour icon as PNG bytes.</summary>
    public static byte[] ColorPng() => PngImage.Encode(ColorSize, ColorSize, ColorPixels());

    /// <summary>The outline icon as PNG bytes.</summary>
    public static byte[] OutlinePng() => PngImage.Encode(OutlineSize, OutlineSize, OutlinePixels());

    /// <summary>RGBA pixels of the colour icon: opaque accent background, white bubble, accent check.</summary>
    public static byte[] ColorPixels() => Render(ColorSize, (x, y) =>
    {
        var bubble = InBubble(x, y, 0) || InTriangle(x, y, Tail) ? 1.0 : 0.0;
        var check = OnPolyline(x, y, Check, 0.075) ? 1.0 : 0.0;
        var white = bubble * (1 - check);
        return (Mix(Accent.R, 255, white), Mix(Accent.G, 255, white), Mix(Accent.B, 255, white), 1.0);
    });

    /// <summary>RGBA pixels of the outline icon: white strokes, everything else fully transparent.</summary>
    public static byte[] OutlinePixels()
    {
        const double stroke = 2.0 / OutlineSize;
        return Render(OutlineSize, (x, y) =>
        {
            var ring = InBubble(x, y, 0) && !InBubble(x, y, stroke);
            var on = ring || (InTriangle(x, y, Tail) && !InBubble(x, y, stroke)) || OnPolyline(x, y, Check, stroke);
            return (255, 255, 255, on ? 1.0 : 0.0);
        });
    }

    private static byte[] Render(int size, Func<double, double, (double R, double G, double B, double A)> shade)
    {
        var pixels = new byte[size * size * 4];
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < Samples; sy++)
                {
                    for (var sx = 0; sx < Samples; sx++)
                    {
                        var (sr, sg, sb, sa) = shade((px + ((sx + 0.5) / Samples)) / size, (py + ((sy + 0.5) / Samples)) / size);
                        r += sr * sa;
                        g += sg * sa;
                        b += sb * sa;
                        a += sa;
                    }
                }

                var i = ((py * size) + px) * 4;
                pixels[i + 3] = (byte)Math.Round(255 * a / (Samples * Samples));
                if (a > 0)
                {
                    pixels[i] = (byte)Math.Round(r / a);
                    pixels[i + 1] = (byte)Math.Round(g / a);
                    pixels[i + 2] = (byte)Math.Round(b / a);
                }
            }
        }

        return pixels;
    }

    private static double Mix(byte from, byte to, double amount) => from + ((to - from) * amount);

    private static bool InBubble(double x, double y, double inset)
    {
        double left = BubbleLeft + inset, top = BubbleTop + inset, right = BubbleRight - inset, bottom = BubbleBottom - inset;
        var radius = Math.Max(BubbleRadius - inset, 0);
        if (x < left || x > right || y < top || y > bottom)
        {
            return false;
        }

        var cx = Math.Clamp(x, left + radius, right - radius);
        var cy = Math.Clamp(y, top + radius, bottom - radius);
        return ((x - cx) * (x - cx)) + ((y - cy) * (y - cy)) <= radius * radius;
    }

    private static bool InTriangle(double x, double y, (double X, double Y)[] t)
    {
        static double Side((double X, double Y) a, (double X, double Y) b, double px, double py) =>
            ((px - b.X) * (a.Y - b.Y)) - ((a.X - b.X) * (py - b.Y));

        var d1 = Side(t[0], t[1], x, y);
        var d2 = Side(t[1], t[2], x, y);
        var d3 = Side(t[2], t[0], x, y);
        var negative = d1 < 0 || d2 < 0 || d3 < 0;
        var positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }

    private static bool OnPolyline(double x, double y, (double X, double Y)[] points, double width)
    {
        for (var i = 0; i + 1 < points.Length; i++)
        {
            if (DistanceToSegment(x, y, points[i], points[i + 1]) <= width / 2)
            {
                return true;
            }
        }

        return false;
    }

    private static double DistanceToSegment(double x, double y, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var t = Math.Clamp((((x - a.X) * dx) + ((y - a.Y) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        double nx = a.X + (t * dx) - x, ny = a.Y + (t * dy) - y;
        return Math.Sqrt((nx * nx) + (ny * ny));
    }
}
