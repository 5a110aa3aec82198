package dev.hmspec.render.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.ColorRamp;
import dev.hmspec.scene.Group;
import dev.hmspec.scene.Line;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Rect;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Scene ↔ JSON with Jackson. The scene records stay free of Jackson: mix-ins add the type
 * names of the sealed Node family (Trino style, {@code "type": "cellGrid"}) and mark which
 * ints are colors ({@code "#rrggbb"}, {@code "#rrggbbaa"} when translucent). Non-finite
 * numbers become null. Fields keep the records' declaration order.
 */
public final class SceneJson {
    private SceneJson() {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Node.class, NodeMixin.class)
            .addMixIn(Scene.class, SceneMixin.class)
            .addMixIn(Rect.class, RectMixin.class)
            .addMixIn(Text.class, ColorMixin.class)
            .addMixIn(Line.class, ColorMixin.class)
            .addMixIn(ColorRamp.Stop.class, ColorMixin.class)
            .addMixIn(CellGrid.class, CellGridMixin.class)
            .addMixIn(dev.hmspec.scene.TiledGrid.TileSet.class, TileSetMixin.class)
            .addMixIn(dev.hmspec.scene.ViewInfo.class, ViewInfoMixin.class)
            .addMixIn(dev.hmspec.scene.BandTrack.class, BandTrackMixin.class)
            .addModule(JsonNumbers.module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The shared mapper (thread-safe once built), for callers that serialize parts of a scene. */
    public static ObjectMapper mapper() { return MAPPER; }

    public static String write(Object sceneOrPart) {
        try {
            return MAPPER.writeValueAsString(sceneOrPart) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scene JSON serialization failed: " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] render(Scene scene) { return write(scene).getBytes(StandardCharsets.UTF_8); }

    public static Scene read(String json) {
        try {
            return MAPPER.readValue(json, Scene.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Group.class, name = "group"),
            @JsonSubTypes.Type(value = Rect.class, name = "rect"),
            @JsonSubTypes.Type(value = Text.class, name = "text"),
            @JsonSubTypes.Type(value = Line.class, name = "line"),
            @JsonSubTypes.Type(value = CellGrid.class, name = "cellGrid"),
            @JsonSubTypes.Type(value = ColorRamp.class, name = "colorRamp"),
            @JsonSubTypes.Type(value = dev.hmspec.scene.TiledGrid.class, name = "tiledGrid")})
    interface NodeMixin {}

    abstract static class SceneMixin {
        @JsonSerialize(using = JsonColors.Writer.class) @JsonDeserialize(using = JsonColors.Reader.class)
        abstract int background();

        // embed12b: the resolved theme (colors, font, sizes) and the bound controls, each written only
        // when there is something to say, so light scenes without controls read as before.
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = StyleJson.Light.class)
        @JsonSerialize(using = StyleJson.Writer.class) @JsonDeserialize(using = StyleJson.Reader.class)
        abstract dev.hmspec.scene.Style style();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract java.util.List<dev.hmspec.scene.Control> controls();
    }

    abstract static class RectMixin {
        @JsonSerialize(using = JsonColors.Writer.class) @JsonDeserialize(using = JsonColors.Reader.class)
        abstract int fill();

        @JsonSerialize(using = JsonColors.Writer.class) @JsonDeserialize(using = JsonColors.Reader.class)
        abstract int stroke();
    }

    abstract static class ColorMixin {
        @JsonSerialize(using = JsonColors.Writer.class) @JsonDeserialize(using = JsonColors.Reader.class)
        abstract int color();
    }

    abstract static class CellGridMixin {
        @JsonSerialize(using = JsonColors.ArrayWriter.class) @JsonDeserialize(using = JsonColors.ArrayReader.class)
        abstract int[] colors();

        @JsonSerialize(using = JsonColors.ArrayWriter.class) @JsonDeserialize(using = JsonColors.ArrayReader.class)
        abstract int[] labelColors();

        // Written only for padded grids, so scenes without gaps read as before; absent reads as 0.
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonDeserialize(using = InsetReader.class) abstract double columnInset();
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) @JsonDeserialize(using = InsetReader.class) abstract double rowInset();

        // Written only for masked grids, so scenes without a mask read as before.
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract boolean[] masked();
    }

    /** Annotation bars and margins only when a view has some, so other scenes read as before. */
    abstract static class ViewInfoMixin {
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract java.util.List<dev.hmspec.scene.BandTrack> bandTracks();
        @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract java.util.List<dev.hmspec.scene.DendrogramInfo> dendrograms();
        /** Links are written only for linked views (facet panels, shared scales), so other scenes read as before. */
        @JsonInclude(JsonInclude.Include.NON_NULL) abstract dev.hmspec.scene.ViewInfo.Link link();
    }

    abstract static class BandTrackMixin {
        @JsonSerialize(using = JsonColors.ArrayWriter.class) @JsonDeserialize(using = JsonColors.ArrayReader.class)
        abstract int[] colors();

        @JsonSerialize(using = JsonColors.Writer.class) @JsonDeserialize(using = JsonColors.Reader.class)
        abstract int barColor();
    }

    /** An absent inset is 0 (cells touch), not NaN as the module reads absent doubles. */
    static final class InsetReader extends JsonDeserializer<Double> {
        @Override public Double deserialize(JsonParser p, DeserializationContext c) throws IOException { return p.getValueAsDouble(); }
        @Override public Double getNullValue(DeserializationContext c) { return 0.0; }
    }

    /** A tile set's planes and temporary folder stay out of the scene JSON (the page and the tiles carry them). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"embedded", "directory"})
    abstract static class TileSetMixin {}
}
