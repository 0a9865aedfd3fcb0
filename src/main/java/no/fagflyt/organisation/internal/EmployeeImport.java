package no.fagflyt.organisation.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.fagflyt.organisation.OrganisationDirectory;
import no.fagflyt.organisation.Profession;
import no.fagflyt.organisation.internal.ImportPlan.Change;
import no.fagflyt.organisation.internal.ImportPlan.ImportProblem;
import no.fagflyt.organisation.internal.ImportPlan.PlannedRow;
import no.fagflyt.platform.AuditAction;
import no.fagflyt.platform.AuditLog;
import no.fagflyt.platform.NotFoundProblem;
import no.fagflyt.platform.Outcome;
import no.fagflyt.platform.TabularFile;
import no.fagflyt.platform.TabularFileException;
import no.fagflyt.platform.TabularFileReader;
import no.fagflyt.platform.UploadStaging;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees of one organisation from an HR-system export. Every row is validated and compared
 * with the register first (the plan); a confirmed plan is applied all or nothing through
 * {@link PersonAdministration}, so an import passes the same rules as a hand-made change.
 */
@Service
public class EmployeeImport {

    public static final String STAGING_PURPOSE = "employee-import";

    static final String AUDIT_SUBJECT = "ORGANISASJON";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern HPR = Pattern.compile("\\d{1,9}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    /** The columns of the file; the first name is the one in the template, the rest are accepted synonyms. */
    enum Column {

        EMPLOYEE_NUMBER(true, 30, "Ansattnummer", "Ansattnr", "Ansatt-ID", "Ansattnr."),
        FIRST_NAME(true, 100, "Fornavn"),
        LAST_NAME(true, 100, "Etternavn"),
        PROFESSION(true, 100, "Yrkesgruppe", "Yrke", "Yrkesgruppekode"),
        POSITION_TITLE(true, 200, "Stillingstittel", "Tittel", "Stillingsbetegnelse"),
        UNIT_CODE(true, 50, "Enhetskode", "Enhet", "Avdelingskode", "Avdeling"),
        EMPLOYMENT_PERCENT(true, 20, "Stillingsprosent", "Stillingsandel", "Prosent"),
        START_DATE(true, 20, "Startdato", "Ansatt fra", "Tiltredelsesdato", "Fra dato"),
        END_DATE(false, 20, "Sluttdato", "Ansatt til", "Til dato"),
        HPR_NUMBER(false, 20, "HPR-nummer", "HPR", "HPR-nr"),
        EMAIL(false, 200, "E-post", "Epost", "E-postadresse", "E-mail");

        final boolean required;

        final int maxLength;

        final String[] names;

        Column(boolean required, int maxLength, String... names) {
            this.required = required;
            this.maxLength = maxLength;
            this.names = names;
        }

        String header() {
            return names[0];
        }

        String labelKey() {
            return "import.column." + name();
        }

    }

    /** A column as the upload page explains it. */
    public record ColumnDescription(String header, String labelKey, String formatKey, boolean required,
            List<String> synonyms) {
    }

    public static ColumnDescription[] columnDescriptions() {
        return Arrays.stream(Column.values())
            .map(column -> new ColumnDescription(column.header(), column.labelKey(), "import.format." + column.name(),
                    column.required, Arrays.asList(column.names).subList(1, column.names.length)))
            .toArray(ColumnDescription[]::new);
    }

    private final TabularFileReader reader;

    private final UploadStaging staging;

    private final OrganisationRepository organisations;

    private final UnitRepository units;

    private final PersonRepository people;

    private final PersonAdministration personAdministration;

    private final OrganisationDirectory directory;

    private final AuditLog auditLog;

    EmployeeImport(TabularFileReader reader, UploadStaging staging, OrganisationRepository organisations,
            UnitRepository units, PersonRepository people, PersonAdministration personAdministration,
            OrganisationDirectory directory, AuditLog auditLog) {
        this.reader = reader;
        this.staging = staging;
        this.organisations = organisations;
        this.units = units;
        this.people = people;
        this.personAdministration = personAdministration;
        this.directory = directory;
        this.auditLog = auditLog;
    }

    /** The answer to a confirmation: imported, or the plan showing why not (the file or the register changed). */
    public sealed interface Attempt {

        record Imported(ImportResult result) implements Attempt {
        }

        record Rejected(ImportPlan plan) implements Attempt {
        }

        /** The file was confirmed already (another click or tab took it first) or thrown away. */
        record Gone() implements Attempt {
        }

    }

    /** Keeps the file until the administrator confirms; answers the token for the preview address. */
    public String stage(String fileName, byte[] content) {
        return staging.stage(STAGING_PURPOSE, fileName, content);
    }

    /** Plans the import of a staged file; empty when the upload is gone or belongs to someone else. */
    @Transactional(readOnly = true)
    public Optional<ImportPlan> previewStaged(long organisationId, String token) {
        return staging.find(token, STAGING_PURPOSE)
            .map(file -> preview(organisationId, file.fileName(), file.content()));
    }

    @Transactional(readOnly = true)
    public ImportPlan preview(long organisationId, String fileName, byte[] content) {
        Organisation organisation = organisations.findById(organisationId)
            .orElseThrow(() -> new NotFoundProblem("Organisasjon " + organisationId));
        TabularFile file;
        try {
            file = reader.read(fileName, content);
        }
        catch (TabularFileException ex) {
            return ImportPlan.fileProblem(organisationId, organisation.name(), fileName, "import.error.file",
                    ex.getMessage());
        }
        return plan(organisation, file);
    }

    /**
     * Re-reads and re-validates the staged file, then creates and updates people in one transaction. Any
     * refusal on the way rolls everything back, so the register never holds half an import.
     */
    @Transactional
    public Attempt importStaged(long organisationId, String token) {
        var found = staging.find(token, STAGING_PURPOSE);
        if (found.isEmpty()) {
            return new Attempt.Gone();
        }
        var staged = found.get();
        ImportPlan plan = preview(organisationId, staged.fileName(), staged.content());
        if (!plan.isImportable()) {
            return new Attempt.Rejected(plan);
        }
        // Of two confirmations of the same file only one takes it; the other waits for it and finds it gone.
        if (!staging.take(token, STAGING_PURPOSE)) {
            return new Attempt.Gone();
        }
        int created = 0;
        int updated = 0;
        for (PlannedRow row : plan.rows()) {
            Person.PersonDetails details = Objects.requireNonNull(row.details());
            switch (row.change()) {
                case NEW -> {
                    expectDone(personAdministration.register(organisationId, row.employeeNumber(), details), row);
                    created++;
                }
                case CHANGED -> {
                    expectDone(personAdministration.update(Objects.requireNonNull(row.personId()), row.seenVersion(),
                            details), row);
                    updated++;
                }
                case UNCHANGED, INVALID -> {
                }
            }
        }
        var result = new ImportResult(plan.organisationName(), created, updated, (int) plan.unchangedCount());
        auditLog.record(AuditAction.IMPORT, AUDIT_SUBJECT, organisationId, plan.organisationName(),
                "Ansatte fra " + plan.fileName() + ": " + created + " nye, " + updated + " endret, "
                        + result.unchanged() + " uendret");
        return new Attempt.Imported(result);
    }

    public void discard(String token) {
        staging.find(token, STAGING_PURPOSE).ifPresent(file -> staging.discard(file.token()));
    }

    /** The header row as Norwegian Excel opens it without asking: Windows-1252, semicolons. */
    public byte[] template() {
        String header = Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(";"));
        return (header + "\r\n").getBytes(WINDOWS_1252);
    }

    private static void expectDone(Outcome<Person> outcome, PlannedRow row) {
        if (outcome instanceof Outcome.Refused<Person> refused) {
            // The plan was checked in this transaction, so this is a race or a bug: throwing rolls all back.
            throw new IllegalStateException(
                    "Import refused at line " + row.line() + ": " + refused.messageKey() + " " + refused.arguments());
        }
    }

    /**
     * What makes the file itself unusable (unreadable, a required column missing, no rows), from one reading
     * and without looking at the register; empty when its rows can be planned.
     */
    public List<ImportProblem> fileProblems(String fileName, byte[] content) {
        try {
            return fileProblems(reader.read(fileName, content));
        }
        catch (TabularFileException ex) {
            return List.of(new ImportProblem(0, null, "import.error.file", List.of(ex.getMessage())));
        }
    }

    /** Whether the user's staged file is still there, without reading it. */
    public boolean isStaged(String token) {
        return staging.find(token, STAGING_PURPOSE).isPresent();
    }

    private static List<ImportProblem> fileProblems(TabularFile file) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !file.hasColumn(column.names)) {
                problems.add(new ImportProblem(0, null, "import.error.missingColumn", List.of(column.header())));
            }
        }
        if (file.rows().isEmpty()) {
            problems.add(new ImportProblem(0, null, "import.error.noRows", List.of()));
        }
        return problems;
    }

    ImportPlan plan(Organisation organisation, TabularFile file) {
        List<ImportProblem> problems = new ArrayList<>(fileProblems(file));
        if (!problems.isEmpty()) {
            return new ImportPlan(organisation.id(), organisation.name(), file.fileName(), List.of(), problems);
        }
        Map<String, Unit> unitsByCode = new HashMap<>();
        units.findByOrganisationId(organisation.id())
            .forEach(unit -> unitsByCode.put(unit.code().toUpperCase(Locale.ROOT), unit));
        Map<String, String> professionCodes = new HashMap<>();
        for (Profession profession : directory.professions()) {
            professionCodes.put(profession.code().toLowerCase(Locale.ROOT), profession.code());
            professionCodes.put(profession.name().toLowerCase(Locale.ROOT), profession.code());
        }
        Map<String, Person> existing = new HashMap<>();
        people.findByOrganisationId(organisation.id()).forEach(person -> existing.put(person.employeeNumber(), person));
        Map<String, Integer> firstLineOf = new HashMap<>();

        List<PlannedRow> rows = new ArrayList<>();
        for (TabularFile.Row row : file.rows()) {
            var cells = new RowParser(row, problems);
            String employeeNumber = cells.text(Column.EMPLOYEE_NUMBER);
            if (employeeNumber != null) {
                Integer earlier = firstLineOf.putIfAbsent(employeeNumber, row.line());
                if (earlier != null) {
                    cells.problem(Column.EMPLOYEE_NUMBER, "import.error.duplicate", employeeNumber, earlier);
                }
            }
            String firstName = cells.text(Column.FIRST_NAME);
            String lastName = cells.text(Column.LAST_NAME);
            String professionCode = cells.lookup(Column.PROFESSION,
                    value -> professionCodes.get(value.toLowerCase(Locale.ROOT)), "import.error.profession");
            String positionTitle = cells.text(Column.POSITION_TITLE);
            Unit unit = cells.lookup(Column.UNIT_CODE, value -> unitsByCode.get(value.toUpperCase(Locale.ROOT)),
                    "import.error.unit", organisation.name());
            BigDecimal percent = cells.percent(Column.EMPLOYMENT_PERCENT);
            LocalDate startDate = cells.date(Column.START_DATE);
            LocalDate endDate = cells.date(Column.END_DATE);
            String hprNumber = cells.matching(Column.HPR_NUMBER, HPR, "import.error.hpr");
            String email = cells.matching(Column.EMAIL, EMAIL, "import.error.email");

            String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
            String number = employeeNumber == null ? "" : employeeNumber;
            if (cells.hasProblems() || employeeNumber == null || firstName == null || lastName == null
                    || professionCode == null || positionTitle == null || unit == null || percent == null
                    || startDate == null) {
                rows.add(new PlannedRow(row.line(), number, name, Change.INVALID, null, 0, null, List.of()));
                continue;
            }
            Person person = existing.get(employeeNumber);
            // An optional column the file does not have says nothing about that field, so it stays as stored;
            // an empty cell in a column the file has clears it.
            Person.@Nullable PersonDetails stored = person == null ? null : person.details();
            var details = new Person.PersonDetails(firstName, lastName, professionCode, positionTitle, unit.id(),
                    percent, startDate,
                    keptUnlessPresent(file, Column.END_DATE, endDate, stored, Person.PersonDetails::endDate),
                    keptUnlessPresent(file, Column.HPR_NUMBER, hprNumber, stored, Person.PersonDetails::hprNumber),
                    keptUnlessPresent(file, Column.EMAIL, email, stored, Person.PersonDetails::email));
            Outcome<Person> refusal = personAdministration.check(organisation.id(), details);
            if (refusal instanceof Outcome.Refused<Person> refused) {
                cells.refused(refused);
                rows.add(new PlannedRow(row.line(), number, name, Change.INVALID, null, 0, null, List.of()));
                continue;
            }
            if (person == null) {
                rows.add(new PlannedRow(row.line(), number, name, Change.NEW, null, 0, details, List.of()));
            }
            else {
                List<String> changed = changedColumns(person.details(), details);
                rows.add(new PlannedRow(row.line(), number, name, changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED,
                        person.id(), person.version(), details, changed));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ImportPlan(organisation.id(), organisation.name(), file.fileName(), rows, problems);
    }

    private static <T> @Nullable T keptUnlessPresent(TabularFile file, Column column, @Nullable T fromFile,
            Person.@Nullable PersonDetails stored, java.util.function.Function<Person.PersonDetails, @Nullable T> field) {
        return file.hasColumn(column.names) || stored == null ? fromFile : field.apply(stored);
    }

    private static List<String> changedColumns(Person.PersonDetails stored, Person.PersonDetails incoming) {
        List<String> changed = new ArrayList<>();
        addIf(changed, !stored.firstName().equals(incoming.firstName()), Column.FIRST_NAME);
        addIf(changed, !stored.lastName().equals(incoming.lastName()), Column.LAST_NAME);
        addIf(changed, !stored.professionCode().equals(incoming.professionCode()), Column.PROFESSION);
        addIf(changed, !stored.positionTitle().equals(incoming.positionTitle()), Column.POSITION_TITLE);
        addIf(changed, stored.unitId() != incoming.unitId(), Column.UNIT_CODE);
        addIf(changed, stored.employmentPercent().compareTo(incoming.employmentPercent()) != 0,
                Column.EMPLOYMENT_PERCENT);
        addIf(changed, !stored.startDate().equals(incoming.startDate()), Column.START_DATE);
        addIf(changed, !Objects.equals(stored.endDate(), incoming.endDate()), Column.END_DATE);
        addIf(changed, !Objects.equals(stored.hprNumber(), incoming.hprNumber()), Column.HPR_NUMBER);
        addIf(changed, !Objects.equals(stored.email(), incoming.email()), Column.EMAIL);
        return changed;
    }

    private static void addIf(List<String> changed, boolean differs, Column column) {
        if (differs) {
            changed.add(column.labelKey());
        }
    }

    /** Reads the cells of one row into typed values, noting a problem for every cell that does not fit. */
    private static final class RowParser {

        private final TabularFile.Row row;

        private final List<ImportProblem> problems;

        private final int problemsBefore;

        RowParser(TabularFile.Row row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        boolean hasProblems() {
            return problems.size() > problemsBefore;
        }

        void problem(Column column, String messageKey, Object... arguments) {
            problems.add(new ImportProblem(row.line(), column.labelKey(), messageKey, List.of(arguments)));
        }

        /** The cell as text; a missing required value or an overlong one is a problem. */
        @Nullable String text(Column column) {
            Optional<String> value = row.get(column.names).map(v -> v.replace('\u00A0', ' ').strip());
            if (value.isEmpty() || value.get().isEmpty()) {
                if (column.required) {
                    problem(column, "import.error.required");
                }
                return null;
            }
            if (value.get().length() > column.maxLength) {
                problem(column, "import.error.tooLong", column.maxLength);
                return null;
            }
            return value.get();
        }

        <T> @Nullable T lookup(Column column, java.util.function.Function<String, @Nullable T> finder,
                String messageKey, Object... extraArguments) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            T found = finder.apply(value);
            if (found == null) {
                Object[] arguments = new Object[extraArguments.length + 1];
                arguments[0] = value;
                System.arraycopy(extraArguments, 0, arguments, 1, extraArguments.length);
                problem(column, messageKey, arguments);
            }
            return found;
        }

        /** 100, 80, 50,5, 80 % and 80% (from Excel percent cells) all mean a share of a full position. */
        @Nullable BigDecimal percent(Column column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            String number = value.replace("%", "").replace(" ", "").replace(',', '.');
            try {
                BigDecimal percent = new BigDecimal(number);
                if (percent.compareTo(BigDecimal.ONE) >= 0 && percent.compareTo(HUNDRED) <= 0
                        && percent.stripTrailingZeros().scale() <= 2) {
                    return percent;
                }
            }
            catch (NumberFormatException notANumber) {
                // reported below, like a number out of range
            }
            problem(column, "import.error.percent", value);
            return null;
        }

        @Nullable LocalDate date(Column column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATE_FORMATS) {
                try {
                    return LocalDate.parse(value, format);
                }
                catch (DateTimeParseException tryNext) {
                    // try the next format
                }
            }
            problem(column, "import.error.date", value);
            return null;
        }

        @Nullable String matching(Column column, Pattern pattern, String messageKey) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!pattern.matcher(value).matches()) {
                problem(column, messageKey, value);
                return null;
            }
            return value;
        }

        /** A business rule of {@link PersonAdministration#check} broken by this row, shown at its column. */
        void refused(Outcome.Refused<Person> refused) {
            Column column = switch (refused.field()) {
                case "unitId" -> Column.UNIT_CODE;
                case "professionCode" -> Column.PROFESSION;
                case "endDate" -> Column.END_DATE;
                default -> Column.EMPLOYEE_NUMBER;
            };
            String key = refused.messageKey().replace("person.error.", "import.rule.");
            problem(column, key, refused.argumentArray());
        }

    }

}
