package io.sharehub.benchmarks;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.sharehub.poster.PosterSpec;
import io.sharehub.zxing.ZxingPosterRenderer;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pair 6: share posters, 750 × 1334 on white, with a two-line title, the sharer's name, a 240 px QR
 * code of the sharer's link and a caption, on one and on two threads: ShareHub's
 * {@link ZxingPosterRenderer} beside the hand-written baseline, ZXing's {@link QRCodeWriter} and
 * {@link MatrixToImageWriter}, a minimal Java2D draw of the same texts in the same font (Noto Sans
 * SC, the renderer's), and {@link ImageIO} PNG encoding. Every poster has another link. Scores
 * are posters per second (all threads together).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PosterBenchmark {
    static final String TITLE = "2024年双十一全场五折起，限时抢购爆款商品清单，错过再等一年！";
    static final String NAME = "小红";
    static final String CAPTION = "长按识别二维码";
    static final String URL = "https://m.example.com/s/";

    private final AtomicLong next = new AtomicLong();
    private ZxingPosterRenderer renderer;
    private Font font;

    @Setup(Level.Trial)
    public void setup() throws IOException, FontFormatException {
        renderer = ZxingPosterRenderer.create();
        ImageIO.setUseCache(false);   // the baseline encodes in memory, not through a temp file
        try (InputStream in = ZxingPosterRenderer.class.getResourceAsStream("/io/sharehub/zxing/NotoSansSC-Subset.otf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private String link() {
        return URL + "AQAAAAAAAAAB" + Long.toString(1_000_000_000L + next.getAndIncrement(), 36) + "xYz0123456";
    }

    /** ShareHub's renderer. */
    byte[] sharehub() {
        PosterSpec spec = PosterSpec.builder().shareUrl(link()).title(TITLE).sharerName(NAME).qrCaption(CAPTION)
                .build();
        return renderer.renderPng(spec);
    }

    /** What a host writes by hand. */
    byte[] baseline() throws WriterException, IOException {
        BitMatrix matrix = new QRCodeWriter().encode(link(), BarcodeFormat.QR_CODE, 240, 240,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
        BufferedImage qr = MatrixToImageWriter.toBufferedImage(matrix);
        BufferedImage poster = new BufferedImage(750, 1334, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = poster.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 750, 1334);
            g.setColor(new Color(0x595959));
            g.setFont(font.deriveFont(28f));
            g.drawString(NAME, 60, 100);
            g.setColor(new Color(0x1F1F1F));
            g.setFont(font.deriveFont(Font.BOLD, 40f));
            g.drawString(TITLE.substring(0, 15), 60, 220);
            g.drawString(TITLE.substring(15, 28) + "…", 60, 275);
            g.drawImage(qr, 255, 960, null);
            g.setColor(new Color(0x595959));
            g.setFont(font.deriveFont(28f));
            g.drawString(CAPTION, 277, 1240);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        ImageIO.write(poster, "png", png);
        return png.toByteArray();
    }

    @Benchmark
    @Threads(1)
    public byte[] sharehub1Thread() {
        return sharehub();
    }

    @Benchmark
    @Threads(2)
    public byte[] sharehub2Threads() {
        return sharehub();
    }

    @Benchmark
    @Threads(1)
    public byte[] baseline1Thread() throws WriterException, IOException {
        return baseline();
    }

    @Benchmark
    @Threads(2)
    public byte[] baseline2Threads() throws WriterException, IOException {
        return baseline();
    }
}
