package io.sharehub.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a subcommand, checked against the names it knows. */
public final class Options {
    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    /**
     * @param args the arguments after the subcommand
     * @param known the option names the subcommand takes, without {@code --}
     * @return the options
     * @throws UsageException for an unknown option or one without a value
     */
    public static Options parse(List<String> args, Set<String> known) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (!known.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            options.values.put(name, value);
        }
        return options;
    }

    /** @return the option's value, if given */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** @return the option's value; a usage error when missing */
    public String required(String name) {
        return get(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }

    /** @return the option as a positive whole number, or the default */
    public int positive(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number of 1 or more, but was '" + value + "'");
        }
    }

    /** A command line that does not fit the subcommand: shown with its usage, exit status 2. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong */
        public UsageException(String message) {
            super(message);
        }
    }
}
