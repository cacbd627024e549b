using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Cards.Model.Actions;
using CoachBot.Cards.Model.Elements;

namespace CoachBot.Cards.Model;

/// <summary>
/// Writes a card as the source-generated <see cref="CardJsonContext"/> would, byte for byte, but by hand for the
/// elements and actions CoachBot's own views use (Container, TextBlock, RichTextBlock, ActionSet, ColumnSet, FactSet,
/// Action.Execute, Action.Submit, Action.OpenUrl). Written by hand because the model is polymorphic, which keeps
/// System.Text.Json off its fast path: a card was the largest single cost of an answer turn. Everything else (inputs,
/// images, tables, ShowCard, refresh, <c>msteams</c>) goes through the context unchanged, so a card read from any JSON
/// writes back as before. <c>CardWriterTests</c> holds the two to the same bytes.
/// Property order follows System.Text.Json's: the discriminator, ordered properties, the type's own, the base type's,
/// then untyped extension data.
/// </summary>
internal static class CardWriter
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText SchemaName = JsonEncodedText.Encode("$schema");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText FallbackTextName = JsonEncodedText.Encode("fallbackText");
    private static readonly JsonEncodedText SpeakName = JsonEncodedText.Encode("speak");
    private static readonly JsonEncodedText LangName = JsonEncodedText.Encode("lang");
    private static readonly JsonEncodedText RefreshName = JsonEncodedText.Encode("refresh");
    private static readonly JsonEncodedText BodyName = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText ActionsName = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText SelectActionName = JsonEncodedText.Encode("selectAction");
    private static readonly JsonEncodedText TeamsName = JsonEncodedText.Encode("msteams");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText SpacingName = JsonEncodedText.Encode("spacing");
    private static readonly JsonEncodedText SeparatorName = JsonEncodedText.Encode("separator");
    private static readonly JsonEncodedText IsVisibleName = JsonEncodedText.Encode("isVisible");
    private static readonly JsonEncodedText HeightName = JsonEncodedText.Encode("height");
    private static readonly JsonEncodedText ItemsName = JsonEncodedText.Encode("items");
    private static readonly JsonEncodedText StyleName = JsonEncodedText.Encode("style");
    private static readonly JsonEncodedText VerticalContentAlignmentName = JsonEncodedText.Encode("verticalContentAlignment");
    private static readonly JsonEncodedText BleedName = JsonEncodedText.Encode("bleed");
    private static readonly JsonEncodedText MinHeightName = JsonEncodedText.Encode("minHeight");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText WrapName = JsonEncodedText.Encode("wrap");
    private static readonly JsonEncodedText MaxLinesName = JsonEncodedText.Encode("maxLines");
    private static readonly JsonEncodedText ColorName = JsonEncodedText.Encode("color");
    private static readonly JsonEncodedText SizeName = JsonEncodedText.Encode("size");
    private static readonly JsonEncodedText WeightName = JsonEncodedText.Encode("weight");
    private static readonly JsonEncodedText FontTypeName = JsonEncodedText.Encode("fontType");
    private static readonly JsonEncodedText IsSubtleName = JsonEncodedText.Encode("isSubtle");
    private static readonly JsonEncodedText HorizontalAlignmentName = JsonEncodedText.Encode("horizontalAlignment");
    private static readonly JsonEncodedText InlinesName = JsonEncodedText.Encode("inlines");
    private static readonly JsonEncodedText ItalicName = JsonEncodedText.Encode("italic");
    private static readonly JsonEncodedText StrikethroughName = JsonEncodedText.Encode("strikethrough");
    private static readonly JsonEncodedText UnderlineName = JsonEncodedText.Encode("underline");
    private static readonly JsonEncodedText HighlightName = JsonEncodedText.Encode("highlight");
    private static readonly JsonEncodedText ColumnsName = JsonEncodedText.Encode("columns");
    private static readonly JsonEncodedText WidthName = JsonEncodedText.Encode("width");
    private static readonly JsonEncodedText FactsName = JsonEncodedText.Encode("facts");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText IconUrlName = JsonEncodedText.Encode("iconUrl");
    private static readonly JsonEncodedText ModeName = JsonEncodedText.Encode("mode");
    private static readonly JsonEncodedText TooltipName = JsonEncodedText.Encode("tooltip");
    private static readonly JsonEncodedText IsEnabledName = JsonEncodedText.Encode("isEnabled");
    private static readonly JsonEncodedText VerbName = JsonEncodedText.Encode("verb");
    private static readonly JsonEncodedText DataName = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText AssociatedInputsName = JsonEncodedText.Encode("associatedInputs");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");

    private static readonly JsonEncodedText AdaptiveCardType = JsonEncodedText.Encode(AdaptiveCard.TypeName);
    private static readonly JsonEncodedText ContainerType = JsonEncodedText.Encode("Container");
    private static readonly JsonEncodedText TextBlockType = JsonEncodedText.Encode("TextBlock");
    private static readonly JsonEncodedText RichTextBlockType = JsonEncodedText.Encode("RichTextBlock");
    private static readonly JsonEncodedText TextRunType = JsonEncodedText.Encode("TextRun");
    private static readonly JsonEncodedText ActionSetType = JsonEncodedText.Encode("ActionSet");
    private static readonly JsonEncodedText ColumnSetType = JsonEncodedText.Encode("ColumnSet");
    private static readonly JsonEncodedText FactSetType = JsonEncodedText.Encode("FactSet");
    private static readonly JsonEncodedText ExecuteType = JsonEncodedText.Encode("Action.Execute");
    private static readonly JsonEncodedText SubmitType = JsonEncodedText.Encode("Action.Submit");
    private static readonly JsonEncodedText OpenUrlType = JsonEncodedText.Encode("Action.OpenUrl");

    /// <summary>
    /// System.Text.Json's default <c>MaxDepth</c>: the context refuses a card nested deeper than this (which also stops a
    /// container that holds itself), and so does this writer, at the same depth and with the same exception type.
    /// </summary>
    private const int MaxDepth = 64;

    public static void Write(Utf8JsonWriter writer, AdaptiveCard card)
    {
        writer.WriteStartObject();
        if (card.Type == AdaptiveCard.TypeName)
        {
            writer.WriteString(TypeName, AdaptiveCardType);
        }
        else
        {
            String(writer, TypeName, card.Type);
        }

        String(writer, SchemaName, card.Schema);
        String(writer, VersionName, card.Version);
        String(writer, FallbackTextName, card.FallbackText);
        String(writer, SpeakName, card.Speak);
        String(writer, LangName, card.Lang);
        if (card.Refresh is { } refresh)
        {
            writer.WritePropertyName(RefreshName);
            JsonSerializer.Serialize(writer, refresh, CardJsonContext.Default.Refresh);
        }

        Array(writer, BodyName, card.Body, Element);
        Array(writer, ActionsName, card.Actions, CardActionValue);
        Action(writer, SelectActionName, card.SelectAction);
        if (card.Teams is { } teams)
        {
            writer.WritePropertyName(TeamsName);
            JsonSerializer.Serialize(writer, teams, CardJsonContext.Default.TeamsCardProperties);
        }

        Extensions(writer, card.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Element(Utf8JsonWriter writer, CardElement element)
    {
        EnsureDepth(writer);
        switch (element)
        {
            case TextBlock text:
                writer.WriteStartObject();
                writer.WriteString(TypeName, TextBlockType);
                String(writer, IdName, text.Id);
                String(writer, TextName, text.Text);
                Bool(writer, WrapName, text.Wrap);
                if (text.MaxLines is { } maxLines)
                {
                    writer.WriteNumber(MaxLinesName, maxLines);
                }

                Enum(writer, ColorName, text.Color);
                Enum(writer, SizeName, text.Size);
                Enum(writer, WeightName, text.Weight);
                Enum(writer, FontTypeName, text.FontType);
                Bool(writer, IsSubtleName, text.IsSubtle);
                Enum(writer, HorizontalAlignmentName, text.HorizontalAlignment);
                Enum(writer, StyleName, text.Style);
                break;
            case Container container:
                writer.WriteStartObject();
                writer.WriteString(TypeName, ContainerType);
                String(writer, IdName, container.Id);
                Array(writer, ItemsName, container.Items, Element);
                Enum(writer, StyleName, container.Style);
                Enum(writer, VerticalContentAlignmentName, container.VerticalContentAlignment);
                Bool(writer, BleedName, container.Bleed);
                String(writer, MinHeightName, container.MinHeight);
                Action(writer, SelectActionName, container.SelectAction);
                break;
            case ActionSet actionSet:
                writer.WriteStartObject();
                writer.WriteString(TypeName, ActionSetType);
                String(writer, IdName, actionSet.Id);
                Array(writer, ActionsName, actionSet.Actions, CardActionValue);
                break;
            case RichTextBlock rich:
                writer.WriteStartObject();
                writer.WriteString(TypeName, RichTextBlockType);
                String(writer, IdName, rich.Id);
                Array(writer, InlinesName, rich.Inlines, TextRun);
                Enum(writer, HorizontalAlignmentName, rich.HorizontalAlignment);
                break;
            case ColumnSet columnSet:
                writer.WriteStartObject();
                writer.WriteString(TypeName, ColumnSetType);
                String(writer, IdName, columnSet.Id);
                Array(writer, ColumnsName, columnSet.Columns, Column);
                Enum(writer, StyleName, columnSet.Style);
                Bool(writer, BleedName, columnSet.Bleed);
                String(writer, MinHeightName, columnSet.MinHeight);
                Enum(writer, HorizontalAlignmentName, columnSet.HorizontalAlignment);
                Action(writer, SelectActionName, columnSet.SelectAction);
                break;
            case FactSet factSet:
                writer.WriteStartObject();
                writer.WriteString(TypeName, FactSetType);
                String(writer, IdName, factSet.Id);
                Array(writer, FactsName, factSet.Facts, Fact);
                break;
            default:
                // Inputs, images, tables and anything read from JSON: the source-generated context, discriminator and all.
                JsonSerializer.Serialize(writer, element, CardJsonContext.Default.CardElement);
                return;
        }

        Enum(writer, SpacingName, element.Spacing);
        Bool(writer, SeparatorName, element.Separator);
        Bool(writer, IsVisibleName, element.IsVisible);
        Enum(writer, HeightName, element.Height);
        Extensions(writer, element.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Fact(Utf8JsonWriter writer, Fact fact)
    {
        writer.WriteStartObject();
        String(writer, TitleName, fact.Title);
        String(writer, ValueName, fact.Value);
        Extensions(writer, fact.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void Column(Utf8JsonWriter writer, Column column)
    {
        EnsureDepth(writer);
        writer.WriteStartObject();
        String(writer, IdName, column.Id);
        Array(writer, ItemsName, column.Items, Element);
        if (column.Width is { } width)
        {
            writer.WritePropertyName(WidthName);
            JsonSerializer.Serialize(writer, width, CardJsonContext.Default.ColumnWidth);
        }

        Enum(writer, StyleName, column.Style);
        Enum(writer, VerticalContentAlignmentName, column.VerticalContentAlignment);
        Enum(writer, SpacingName, column.Spacing);
        Bool(writer, SeparatorName, column.Separator);
        Bool(writer, IsVisibleName, column.IsVisible);
        Bool(writer, BleedName, column.Bleed);
        String(writer, MinHeightName, column.MinHeight);
        Action(writer, SelectActionName, column.SelectAction);
        Extensions(writer, column.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void TextRun(Utf8JsonWriter writer, TextRun run)
    {
        if (run.GetType() != typeof(TextRun))
        {
            JsonSerializer.Serialize(writer, run, CardJsonContext.Default.TextRun);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(TypeName, TextRunType);
        String(writer, TextName, run.Text);
        Enum(writer, ColorName, run.Color);
        Enum(writer, SizeName, run.Size);
        Enum(writer, WeightName, run.Weight);
        Enum(writer, FontTypeName, run.FontType);
        Bool(writer, IsSubtleName, run.IsSubtle);
        Bool(writer, ItalicName, run.Italic);
        Bool(writer, StrikethroughName, run.Strikethrough);
        Bool(writer, UnderlineName, run.Underline);
        Bool(writer, HighlightName, run.Highlight);
        Action(writer, SelectActionName, run.SelectAction);
        Extensions(writer, run.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void CardActionValue(Utf8JsonWriter writer, CardAction action)
    {
        EnsureDepth(writer);
        switch (action)
        {
            case ExecuteAction execute:
                writer.WriteStartObject();
                writer.WriteString(TypeName, ExecuteType);
                String(writer, TitleName, execute.Title);
                String(writer, IdName, execute.Id);
                String(writer, VerbName, execute.Verb);
                if (execute.DataUtf8 is { } raw && !writer.Options.Indented && writer.Options.Encoder == CardJson.CompactWriterOptions.Encoder)
                {
                    // Built from a typed payload with the compact card options: already exactly what WriteTo would write.
                    writer.WritePropertyName(DataName);
                    writer.WriteRawValue(raw, skipInputValidation: true);
                }
                else
                {
                    Data(writer, execute.Data);
                }

                Enum(writer, AssociatedInputsName, execute.AssociatedInputs);
                break;
            case SubmitAction submit:
                writer.WriteStartObject();
                writer.WriteString(TypeName, SubmitType);
                String(writer, TitleName, submit.Title);
                String(writer, IdName, submit.Id);
                Data(writer, submit.Data);
                Enum(writer, AssociatedInputsName, submit.AssociatedInputs);
                break;
            case OpenUrlAction openUrl:
                writer.WriteStartObject();
                writer.WriteString(TypeName, OpenUrlType);
                String(writer, TitleName, openUrl.Title);
                String(writer, IdName, openUrl.Id);
                String(writer, UrlName, openUrl.Url);
                break;
            default:
                JsonSerializer.Serialize(writer, action, CardJsonContext.Default.CardAction);
                return;
        }

        String(writer, IconUrlName, action.IconUrl);
        Enum(writer, StyleName, action.Style);
        Enum(writer, ModeName, action.Mode);
        String(writer, TooltipName, action.Tooltip);
        Bool(writer, IsEnabledName, action.IsEnabled);
        Extensions(writer, action.AdditionalProperties);
        writer.WriteEndObject();
    }

    /// <summary>An array property (left out when null), each item written by <paramref name="write"/> (a null item as null).</summary>
    private static void Array<T>(Utf8JsonWriter writer, JsonEncodedText name, IList<T>? items, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                write(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    private static void Action(Utf8JsonWriter writer, JsonEncodedText name, CardAction? action)
    {
        if (action is not null)
        {
            writer.WritePropertyName(name);
            CardActionValue(writer, action);
        }
    }

    private static void Data(Utf8JsonWriter writer, JsonElement? data)
    {
        if (data is { } value)
        {
            writer.WritePropertyName(DataName);
            value.WriteTo(writer);
        }
    }

    private static void EnsureDepth(Utf8JsonWriter writer)
    {
        if (writer.CurrentDepth >= MaxDepth)
        {
            throw new JsonException($"The card is nested more than {MaxDepth} levels deep, or an element contains itself.");
        }
    }

    private static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Bool(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    private static void Enum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum? value)
        where TEnum : struct, System.Enum
    {
        if (value is { } member)
        {
            writer.WritePropertyName(name);
            SchemaNames<TEnum>.Write(writer, member);
        }
    }

    private static void Extensions(Utf8JsonWriter writer, Dictionary<string, JsonElement>? properties)
    {
        if (properties is null)
        {
            return;
        }

        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }

    /// <summary>
    /// The schema's spelling of each member of an enum, taken once from the context's own converter (so
    /// <c>[JsonStringEnumMemberName]</c> and camelCase are applied exactly as the context applies them).
    /// </summary>
    private static class SchemaNames<TEnum>
        where TEnum : struct, System.Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names = System.Enum.GetValues<TEnum>()
            .Distinct()
            .ToDictionary(member => member, member => JsonEncodedText.Encode(
                JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(member, TypeInfo()), CardJsonContext.Default.String)!));

        /// <summary>Writes the member's name; a value outside the enum goes to the converter, which refuses it as before.</summary>
        public static void Write(Utf8JsonWriter writer, TEnum member)
        {
            if (Names.TryGetValue(member, out var name))
            {
                writer.WriteStringValue(name);
            }
            else
            {
                JsonSerializer.Serialize(writer, member, TypeInfo());
            }
        }

        private static JsonTypeInfo<TEnum> TypeInfo() =>
            (JsonTypeInfo<TEnum>)(CardJsonContext.Default.GetTypeInfo(typeof(TEnum))
                ?? throw new InvalidOperationException($"CardJsonContext has no type info for {typeof(TEnum).Name}."));
    }
}
