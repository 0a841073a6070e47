package io.sharehub.zxing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.poster.PosterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConcurrentRenderingTest {

    @Test
    @DisplayName("six threads share one renderer: every poster scans to its own URL, none mixed up")
    void manyThreads() throws Exception {
        ZxingPosterRenderer renderer = ZxingPosterRenderer.create();
        byte[] background = Samples.background();
        byte[] logo = Samples.logo();
        byte[] avatar = Samples.avatar();
        int threads = 6;
        int perThread = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String[]>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String[]>> work = () -> {
                    start.await();
                    List<String[]> results = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        String url = "https://m.example.com/s/thread" + thread + "-poster" + i;
                        PosterSpec.Builder spec = PosterSpec.builder().shareUrl(url).title("第" + i + "张 双十一海报")
                                .sharerName("分享者" + thread).sharerAvatar(avatar).qrCaption("长按识别二维码");
                        if (i % 2 == 0) {
                            spec.backgroundImage(background).logo(logo);
                        }
                        byte[] png = renderer.renderPng(spec.build());
                        results.add(new String[] {url, Scans.text(png)});
                    }
                    return results;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            int decoded = 0;
            for (Future<List<String[]>> future : futures) {
                for (String[] result : future.get(60, TimeUnit.SECONDS)) {
                    assertThat(result[1]).isEqualTo(result[0]);
                    decoded++;
                }
            }
            assertThat(decoded).isEqualTo(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }
}
