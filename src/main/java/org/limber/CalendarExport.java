package org.limber;

import java.time.Duration;
import java.util.function.Function;
import javafx.stage.Window;
import org.limber.plan.CalendarFile;
import org.limber.plan.Plan;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FileType;
import org.limber.ui.plans.PlansViewModel;
import org.limber.ui.routines.RoutineBuilderViewModel;

/** A plan written as a calendar file (.ics), with the routine's length from the builder's timeline. */
final class CalendarExport {

    private final Services app;
    private final RoutineBuilderViewModel builder;
    private final FileActions files;
    private final PlansViewModel plans;

    CalendarExport(Services app, RoutineBuilderViewModel builder, FileActions files, PlansViewModel plans) {
        this.app = app;
        this.builder = builder;
        this.files = files;
        this.plans = plans;
    }

    void export(Plan plan, Window owner) {
        Function<Plan, Duration> length = p -> PlansViewModel.routineOf(p, builder.routines())
                .map(r -> Duration.ofMillis(builder.timeline(r).totalMillis())).orElse(Duration.ZERO);
        CalendarFile.Words words = new CalendarFile.Words(app.i18n().get("plans.ics.summary", plan.routineName()),
                app.i18n().get("plans.ics.description", plan.routineName()),
                app.i18n().get("plans.ics.reminder", plan.routineName()));
        files.save(owner, new FileType(app.i18n().get("plans.export.fileType"), CalendarFile.EXTENSION),
                FileType.safeName(plan.routineName()) + CalendarFile.EXTENSION,
                () -> plans.calendarExport(plan, length, words, app.version()), "plans.export.done",
                "plans.error.export", plans::fail);
    }
}
