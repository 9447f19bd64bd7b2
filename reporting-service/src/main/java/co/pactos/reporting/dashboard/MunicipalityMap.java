package co.pactos.reporting.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A schematic map of Valle del Cauca's 42 municipalities and districts: one square tile each, placed on a grid by
 * approximate geography (north up, the Pacific to the left), not their real shapes: no municipal boundaries could be
 * obtained offline from the registries this project may use. The grid ships in the jar
 * ({@code dashboard/valle-del-cauca-tiles.csv}: code, column, row, short name). Each tile carries its name, its
 * DIVIPOLA code and its value as text, so the shading is never the only signal.
 */
record MunicipalityMap(int width, int height, List<Tile> tiles, List<Band> bands, String description) {

    static final String GRID = "/dashboard/valle-del-cauca-tiles.csv";
    static final int TILE = 84;
    static final int GAP = 4;
    static final int MARGIN = 2;

    record Tile(String code, String name, String value, int x, int y, String fill, String ink, String title) {

        /** Long names in a smaller type, so that they stay inside their tile. */
        public int nameSize() {
            return name.length() > 10 ? 9 : 11;
        }

        public int nameY() {
            return y + 22;
        }

        public int codeY() {
            return y + 40;
        }

        public int valueY() {
            return y + 64;
        }

        public int centerX() {
            return x + TILE / 2;
        }
    }

    /** One shade of the legend: its colour, text colour and the values it stands for. */
    record Band(String fill, String ink, String label) {
    }

    private record Place(int column, int row, String shortName) {
    }

    private static final Map<String, Place> PLACES = places();
    private static final String[][] SHADES = {{"#f2f2f2", "#1a1a1a"}, {"#cfe0f1", "#1a1a1a"}, {"#8fb8de", "#1a1a1a"},
            {"#2f6fae", "#ffffff"}, {"#0b3d6b", "#ffffff"}};

    /** True when the code has a tile (the grid covers Valle del Cauca's DIVIPOLA codes only). */
    static boolean drawn(String code) {
        return PLACES.containsKey(code);
    }

    /** The tiles of the codes given, shaded by {@code value} in five bands (none, then quarters of the largest value). */
    static <T> MunicipalityMap of(Map<String, T> rows, ToLongFunction<T> value, String what) {
        long max = rows.values().stream().mapToLong(value).max().orElse(0);
        List<Tile> tiles = new ArrayList<>();
        List<String> said = new ArrayList<>();
        int columns = 0;
        int rowsDrawn = 0;
        for (Map.Entry<String, T> row : rows.entrySet()) {
            Place place = PLACES.get(row.getKey());
            if (place == null) {
                continue;
            }
            long v = value.applyAsLong(row.getValue());
            String[] shade = SHADES[band(v, max)];
            int x = MARGIN + place.column() * (TILE + GAP);
            int y = MARGIN + place.row() * (TILE + GAP);
            String text = co.pactos.reporting.document.SpanishFormat.number(v);
            tiles.add(new Tile(row.getKey(), place.shortName(), text, x, y, shade[0], shade[1],
                    place.shortName() + " (" + row.getKey() + "): " + text + " " + what));
            said.add(place.shortName() + " " + text);
            columns = Math.max(columns, place.column() + 1);
            rowsDrawn = Math.max(rowsDrawn, place.row() + 1);
        }
        List<Band> bands = new ArrayList<>();
        bands.add(new Band(SHADES[0][0], SHADES[0][1], "0"));
        for (int b = 1; b <= 4; b++) {
            long low = b == 1 ? 1 : (max * (b - 1)) / 4 + 1;
            long high = (max * b) / 4;
            if (max > 0 && low <= high) {
                bands.add(new Band(SHADES[b][0], SHADES[b][1], low == high ? Long.toString(low) : low + " a " + high));
            }
        }
        return new MunicipalityMap(2 * MARGIN + Math.max(1, columns) * (TILE + GAP), 2 * MARGIN + Math.max(1, rowsDrawn) * (TILE + GAP), tiles, bands,
                "Mapa esquemático, no a escala: cada cuadro es un municipio o distrito, ubicado de forma aproximada (norte arriba, "
                        + "el Pacífico a la izquierda), con su nombre, su código DIVIPOLA y su número de " + what + ". "
                        + String.join("; ", said) + ".");
    }

    private static int band(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.max(1, (value * 4 + max - 1) / max));
    }

    private static Map<String, Place> places() {
        Map<String, Place> places = new LinkedHashMap<>();
        try (InputStream in = MunicipalityMap.class.getResourceAsStream(GRID)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",", -1);
                    places.put(cells[0], new Place(Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), cells[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return places;
    }
}
