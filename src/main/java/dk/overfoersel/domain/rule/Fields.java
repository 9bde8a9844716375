package dk.overfoersel.domain.rule;

/** Field paths as the exchange format names them: {@code transfers[2].commitments[0].amount}. */
public final class Fields {

    private Fields() {
    }

    public static String join(String parent, String field) {
        if (parent == null || parent.isEmpty()) {
            return field == null ? "" : field;
        }
        if (field == null || field.isEmpty()) {
            return parent;
        }
        return field.startsWith("[") ? parent + field : parent + "." + field;
    }

    public static String index(String list, int i) {
        return list + "[" + i + "]";
    }
}
