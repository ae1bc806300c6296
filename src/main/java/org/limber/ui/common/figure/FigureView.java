package org.limber.ui.common.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.limber.library.figure.Animation;
import org.limber.library.figure.Bone;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.Limb;
import org.limber.library.figure.Pose;
import org.limber.library.figure.Prop;

/**
 * Draws the stick figure with JavaFX shapes, either still or playing its animation. Playback
 * runs only while the view is in a showing window, so a hidden figure costs nothing.
 */
public final class FigureView extends Region {

    private static final int BONES = 12;
    private static final double STROKE = 0.07;

    private final Group drawing = new Group();
    private final Line floor = new Line();
    private final List<Line> bones = new ArrayList<>();
    private final Circle head = new Circle();
    private final Group props = new Group();
    private final AnimationTimer timer;
    private Animation animation;
    private ViewBox box;
    private boolean mirrored;
    private boolean playing;
    private long startNanos = -1;
    private Pose current;

    public FigureView() {
        getStyleClass().add("figure-view");
        floor.getStyleClass().add("figure-floor");
        head.getStyleClass().add("figure-head");
        drawing.getChildren().addAll(floor, props);
        for (int i = 0; i < BONES; i++) {
            Line line = new Line();
            line.setStrokeLineCap(StrokeLineCap.ROUND);
            bones.add(line);
            drawing.getChildren().add(line);
        }
        drawing.getChildren().add(head);
        drawing.setManaged(false);
        getChildren().add(drawing);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (startNanos < 0) {
                    startNanos = now;
                }
                current = animation.poseAt((now - startNanos) / 1e9);
                requestLayout();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> updateTimer());
        visibleProperty().addListener((obs, old, visible) -> updateTimer());
        setMinSize(40, 30);
        setPrefSize(320, 220);
    }

    /** Shows the animation; {@code mirror} draws it for the right side. */
    public void show(Animation newAnimation, boolean mirror, boolean play) {
        if (newAnimation == null) {
            clear();
            return;
        }
        this.animation = mirror ? newAnimation.mirrored() : newAnimation;
        this.mirrored = mirror;
        this.box = ViewBox.of(newAnimation);
        this.current = this.animation.keyStill();
        this.playing = play;
        this.startNanos = -1;
        buildProps();
        updateTimer();
        requestLayout();
    }

    /**
     * Shows this pose of the current animation, still (the player sets it every frame from the
     * session's phase); the pose is given for the left side and mirrored here when needed.
     */
    public void showPose(Pose pose) {
        if (animation == null || pose == null) {
            return;
        }
        playing = false;
        updateTimer();
        current = mirrored ? pose.mirrored() : pose;
        requestLayout();
    }

    /** The pose drawn now (as drawn: mirrored for the right side). */
    public Pose pose() {
        return current;
    }

    public void clear() {
        animation = null;
        current = null;
        buildProps();
        playing = false;
        updateTimer();
        requestLayout();
    }

    /** True while the figure is moving: a test reads it to see no timer is left running. */
    public boolean isPlaying() {
        return timerRunning;
    }

    private boolean timerRunning;

    private void updateTimer() {
        boolean run = playing && animation != null && getScene() != null && isVisible();
        if (run && !timerRunning) {
            timer.start();
        } else if (!run && timerRunning) {
            timer.stop();
        }
        timerRunning = run;
    }

    @Override
    protected void layoutChildren() {
        drawing.setVisible(current != null);
        if (current == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double scale = Math.min(w / box.width(), h / box.height());
        double originX = w / 2 - (mirrored ? -box.centerX() : box.centerX()) * scale;
        double floorY = h - (h - box.height() * scale) / 2 - box.bottomMargin() * scale;
        Figure figure = FigureGeometry.layOut(current);
        Set<Limb> moving = animation.movingLimbs();
        double sign = mirrored ? -1 : 1;
        List<Bone> laid = figure.bones();
        for (int i = 0; i < bones.size(); i++) {
            Line line = bones.get(i);
            Bone bone = laid.get(i);
            line.setStartX(originX + sign * bone.x1() * scale);
            line.setStartY(floorY + bone.y1() * scale);
            line.setEndX(originX + sign * bone.x2() * scale);
            line.setEndY(floorY + bone.y2() * scale);
            boolean far = mirrored ? (bone.limb() == Limb.ARM_L || bone.limb() == Limb.LEG_L) : bone.limb().far();
            line.setStrokeWidth(scale * STROKE * (far ? 0.85 : 1));
            line.getStyleClass().setAll("figure-bone",
                    moving.contains(bone.limb()) ? "figure-moving" : "figure-still",
                    far ? "figure-far" : "figure-near");
        }
        head.setCenterX(originX + sign * figure.headX() * scale);
        head.setCenterY(floorY + figure.headY() * scale);
        head.setRadius(figure.headRadius() * scale);
        head.setStrokeWidth(scale * STROKE * 0.6);
        floor.setStartX(0);
        floor.setEndX(w);
        floor.setStartY(floorY);
        floor.setEndY(floorY);
        floor.setStrokeWidth(Math.max(1, scale * 0.012));
        placeProps(originX, floorY, scale, sign);
    }

    /** Props are made once per animation (so CSS styles them) and only moved at layout. */
    private void buildProps() {
        props.getChildren().clear();
        if (animation == null) {
            return;
        }
        for (Prop prop : animation.props()) {
            int parts = prop.type() == Prop.Type.CHAIR ? 2 : 1;
            for (int i = 0; i < parts; i++) {
                Rectangle shape = new Rectangle();
                shape.getStyleClass().addAll("figure-prop", "figure-prop-" + prop.type().code());
                props.getChildren().add(shape);
            }
        }
    }

    private void placeProps(double originX, double floorY, double scale, double sign) {
        int index = 0;
        for (Prop prop : animation.props()) {
            Prop.Type type = prop.type();
            double centreX = originX + sign * prop.x() * scale;
            if (type == Prop.Type.CHAIR) {
                place(index++, centreX - type.width() / 2 * scale, floorY - type.height() * scale,
                        type.width() * scale, 0.05 * scale, 0);
                place(index++, centreX - 0.02 * scale, floorY - type.height() * scale,
                        0.04 * scale, type.height() * scale, 0);
                continue;
            }
            double height = type == Prop.Type.WALL ? box.height() : type.height();
            double bottom = prop.y() == null ? floorY : floorY - (prop.y() - type.height() / 2) * scale;
            place(index++, centreX - type.width() / 2 * scale, bottom - height * scale, type.width() * scale,
                    height * scale, type == Prop.Type.PILLOW ? 0.08 * scale : 0);
        }
    }

    private void place(int index, double x, double y, double width, double height, double arc) {
        Rectangle shape = (Rectangle) props.getChildren().get(index);
        shape.setX(x);
        shape.setY(y);
        shape.setWidth(width);
        shape.setHeight(height);
        shape.setArcWidth(arc);
        shape.setArcHeight(arc);
    }
}
