package co.pactos.kit.web.imports;

/** How a column's cells are read, and what the template's instructions say of them (Spanish). */
public enum ColumnType {
    /** A caller-chosen id or a code: letters, digits, '.', '_', ':' and '-'. */
    ID("Identificador: letras, dígitos, «.», «_», «:» o «-», sin espacios, hasta 64 caracteres"),
    TEXT("Texto"),
    DATE("Fecha: 30/06/2022 (día/mes/año), 2022-06-30 o una celda con formato de fecha"),
    DECIMAL("Número; se aceptan 1.234,5 y 1234,5 (coma decimal) y también 1234.5; «1.234» se lee como mil doscientos treinta y cuatro"),
    PESOS("Pesos enteros, sin centavos: 150.000.000, 150000000 o $ 150.000.000"),
    SIGNED_PESOS("Pesos enteros, sin centavos; negativo para una reducción: -20.000.000"),
    COUNT("Número entero: 23.800 o 23800"),
    YEAR("Año de cuatro cifras: 2022"),
    LIST("Lista de identificadores separados por punto y coma: a; b; c"),
    TEXT_LIST("Lista de textos separados por punto y coma: tema uno; tema dos"),
    MUNICIPALITIES("Códigos DIVIPOLA de 5 cifras separados por punto y coma: 76001; 76109"),
    BENEFICIARIES("Grupos y cantidades separados por punto y coma, cada uno «grupo: cantidad»: líderes comunales: 23.800; jóvenes: 120"),
    YES_NO("«sí» o «no» (vacío es «no»)");

    private final String format;

    ColumnType(String format) {
        this.format = format;
    }

    /** The format, in Spanish, for the template's instructions. */
    public String format() {
        return format;
    }
}
