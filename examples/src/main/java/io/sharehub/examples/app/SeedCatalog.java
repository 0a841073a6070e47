package io.sharehub.examples.app;

import io.sharehub.access.Visibility;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.MaterialType;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded material center of an auto-parts maker: two-level categories, and materials across
 * PUBLIC, MEMBERS and INTERNAL with tags, part numbers and vehicle models. Written for this demo.
 */
final class SeedCatalog {
    static final String SALES = Persona.SALES_GROUP;
    static final String DEALER_EAST = Persona.DEALER_GROUP;

    private SeedCatalog() {
    }

    static List<CategorySpec> categories() {
        List<CategorySpec> all = new ArrayList<>();
        top(all, "brakes", "制动系统", 1, Visibility.PUBLIC);
        sub(all, "pads", "刹车片", "brakes", 1);
        sub(all, "discs", "刹车盘", "brakes", 2);
        sub(all, "calipers", "制动卡钳", "brakes", 3);
        sub(all, "fluid", "制动液", "brakes", 4);
        top(all, "filters", "滤清器", 2, Visibility.PUBLIC);
        sub(all, "oil-filters", "机油滤清器", "filters", 1);
        sub(all, "air-filters", "空气滤清器", "filters", 2);
        sub(all, "cabin-filters", "空调滤清器", "filters", 3);
        top(all, "ignition", "点火系统", 3, Visibility.PUBLIC);
        sub(all, "spark-plugs", "火花塞", "ignition", 1);
        sub(all, "coils", "点火线圈", "ignition", 2);
        top(all, "suspension", "悬挂系统", 4, Visibility.PUBLIC);
        sub(all, "shocks", "减震器", "suspension", 1);
        sub(all, "arms", "控制臂", "suspension", 2);
        top(all, "lighting", "车灯照明", 5, Visibility.PUBLIC);
        sub(all, "headlamps", "大灯总成", "lighting", 1);
        sub(all, "bulbs", "灯泡", "lighting", 2);
        top(all, "members", "会员专享", 6, Visibility.MEMBERS);
        sub(all, "member-offers", "会员优惠", "members", 1);
        sub(all, "member-videos", "安装视频课", "members", 2);
        top(all, "staff", "员工专区", 7, Visibility.ALL_EMPLOYEES);
        all.add(CategorySpec.of("sales-kit", "销售工具").under("staff").at(1).withVisibility(Visibility.internalTo(SALES)));
        all.add(CategorySpec.of("dealer-east", "东区经销商").under("staff").at(2)
                .withVisibility(Visibility.internalTo(DEALER_EAST)));
        sub(all, "training", "内部培训", "staff", 3);
        return all;
    }

    private static void top(List<CategorySpec> all, String id, String name, int position, Visibility visibility) {
        all.add(CategorySpec.of(id, name).at(position).withVisibility(visibility));
    }

    private static void sub(List<CategorySpec> all, String id, String name, String parent, int position) {
        all.add(CategorySpec.of(id, name).under(parent).at(position));
    }

    static List<MaterialSpec> materials() {
        List<MaterialSpec> all = new ArrayList<>();
        // ---- 制动系统 (public)
        all.add(m("M001", "pads", MaterialType.DOCUMENT, "陶瓷刹车片产品手册",
                "低粉尘、低噪音的陶瓷配方刹车片，覆盖大众、丰田、本田主流车型；含摩擦系数曲线、适配车型表和安装注意事项。",
                "BP-2043", "大众朗逸 / 丰田卡罗拉", "新品", "陶瓷", "低粉尘")
                .withDownloadVisibility(Visibility.MEMBERS));
        all.add(m("M002", "pads", MaterialType.DOCUMENT, "半金属刹车片选型指南",
                "面向SUV和轻型商用车的半金属刹车片：耐高温、制动力强。按车重和使用场景给出选型建议。",
                "BP-1120", "丰田汉兰达 / 福特全顺", "选型", "重载"));
        all.add(m("M003", "pads", MaterialType.VIDEO, "刹车片更换教程（12分钟）",
                "从拆轮胎到磨合，一步步演示盘式刹车片的更换，附扭矩参数与常见错误。",
                "BP-2043", "通用", "教程", "DIY"));
        all.add(m("M004", "pads", MaterialType.IMAGE, "刹车片磨损指示器图解",
                "一张图看懂刹车片磨损报警片的位置与报警声：剩余厚度低于3毫米时应尽快更换。",
                "BP-2043", "通用", "保养", "安全"));
        all.add(m("M005", "discs", MaterialType.DOCUMENT, "通风刹车盘产品目录2026",
                "2026款通风刹车盘全系目录：高碳铸铁材质，动平衡精度G2.5，含尺寸图与OE对照号。",
                "DD-5518", "本田雅阁 / 日产天籁", "目录", "2026"));
        all.add(m("M006", "discs", MaterialType.ARTICLE, "打孔划线刹车盘与普通刹车盘性能对比",
                "连续制动温升、湿地制动距离和噪音三项实测对比，帮助车主判断是否值得升级。",
                "DD-6620", "通用", "评测", "升级"));
        all.add(m("M007", "discs", MaterialType.VIDEO, "刹车盘端面跳动测量方法",
                "用百分表测量刹车盘端面跳动，判断方向盘抖动是否来自刹车盘变形。",
                "DD-5518", "通用", "教程", "检测"));
        all.add(m("M008", "calipers", MaterialType.DOCUMENT, "四活塞制动卡钳升级方案",
                "原厂单活塞卡钳升级四活塞方案：匹配刹车盘尺寸、轮毂间隙与制动总泵的计算方法。",
                "BC-4P01", "大众高尔夫GTI", "升级", "改装"));
        all.add(m("M009", "fluid", MaterialType.ARTICLE, "DOT4制动液多久换一次？",
                "制动液吸水后沸点下降，建议两年或四万公里更换一次；讲清DOT3、DOT4与DOT5.1的区别。",
                "BF-DOT4", "通用", "保养", "制动液"));
        all.add(m("M010", "pads", MaterialType.DOCUMENT, "刹车片产品技术白皮书",
                "摩擦材料配方、台架试验与整车路试数据的完整技术报告，面向合作伙伴工程师。",
                "BP-2043", "通用", "技术", "白皮书")
                .withDownloadVisibility(Visibility.ALL_EMPLOYEES));
        // ---- 滤清器
        all.add(m("M011", "oil-filters", MaterialType.DOCUMENT, "机油滤清器交叉参考表",
                "本品牌机油滤清器与原厂及主要品牌型号的对照表，覆盖1200余款车型。",
                "OF-3301", "多车型", "对照表", "机滤")
                .withDownloadVisibility(Visibility.MEMBERS));
        all.add(m("M012", "oil-filters", MaterialType.IMAGE, "机油滤清器安装扭矩图解",
                "手拧到位再加四分之三圈：不同规格滤清器的安装扭矩一图看懂。",
                "OF-3301", "通用", "教程", "机滤"));
        all.add(m("M013", "air-filters", MaterialType.DOCUMENT, "高流量空气滤清器产品单页",
                "多层无纺布滤材，进气阻力降低15%，过滤效率99.5%；附适配车型。",
                "AF-7710", "丰田RAV4 / 本田CR-V", "新品", "空滤"));
        all.add(m("M014", "cabin-filters", MaterialType.VIDEO, "活性炭空调滤清器PM2.5过滤实验",
                "实验舱对比：普通滤芯与活性炭滤芯对PM2.5和异味的过滤效果。",
                "CF-9002", "通用", "实验", "空调滤"));
        // ---- 点火系统
        all.add(m("M015", "spark-plugs", MaterialType.DOCUMENT, "铱金火花塞产品手册",
                "0.6毫米铱金中心电极，点火电压更低，寿命可达10万公里；含热值对照表。",
                "SP-IR7", "大众EA211 / 丰田2ZR", "铱金", "火花塞"));
        all.add(m("M016", "spark-plugs", MaterialType.ARTICLE, "火花塞热值怎么选？",
                "热值过高积碳、过低爆震：结合发动机压缩比与驾驶习惯选择合适热值。",
                "SP-IR7", "通用", "选型", "火花塞"));
        all.add(m("M017", "coils", MaterialType.DOCUMENT, "点火线圈故障诊断流程",
                "发动机抖动、故障灯亮起时，如何用万用表和对调法判断点火线圈故障。",
                "IC-2208", "大众 / 奥迪 1.4T", "诊断", "维修"));
        // ---- 悬挂系统
        all.add(m("M018", "shocks", MaterialType.DOCUMENT, "氮气减震器产品目录",
                "双筒氮气减震器全系目录：阻尼曲线、行程、适配车型与OE对照号。",
                "SA-3300", "丰田凯美瑞 / 日产轩逸", "目录", "减震器"));
        all.add(m("M019", "shocks", MaterialType.IMAGE, "减震器漏油判定图例",
                "油迹、油膜与真正的漏油有什么区别？六张实拍图帮你判断是否需要更换。",
                "SA-3300", "通用", "检测", "减震器"));
        all.add(m("M020", "arms", MaterialType.VIDEO, "铝合金控制臂更换演示",
                "举升、拆卸球头、安装新控制臂并做四轮定位的完整过程。",
                "CA-1805", "奥迪A4L", "教程", "控制臂"));
        // ---- 车灯照明
        all.add(m("M021", "headlamps", MaterialType.DOCUMENT, "LED大灯总成产品单页",
                "原厂接口即插即用的LED大灯总成，色温5500K，通过E-mark认证。",
                "HL-LED9", "本田思域", "新品", "LED"));
        all.add(m("M022", "bulbs", MaterialType.ARTICLE, "卤素灯升级LED前必读的法规须知",
                "改装LED灯泡是否合法？年检会不会不过？一文讲清相关国家标准与注意事项。",
                "HL-H7", "通用", "法规", "LED"));
        // ---- 会员专享 (members)
        all.add(m("M023", "member-offers", MaterialType.DOCUMENT, "会员专享：刹车系统保养套餐价目表",
                "刹车片、刹车盘与制动液更换套餐的会员价，全国合作门店通用。",
                "BP-2043", "通用", "会员价", "套餐"));
        all.add(m("M024", "member-offers", MaterialType.DOCUMENT, "会员专享：滤清器焕新周优惠清单",
                "机滤、空滤、空调滤三滤套装会员价，活动期间到店更换送工时。",
                "OF-3301", "通用", "会员价", "三滤"));
        all.add(m("M025", "pads", MaterialType.ARTICLE, "原厂刹车片与副厂刹车片实测对比（会员）",
                "同一车型上的制动距离、噪音和粉尘对比实测，附完整数据表。",
                "BP-2043", "丰田卡罗拉", "评测", "会员")
                .withVisibility(Visibility.MEMBERS));
        all.add(m("M026", "member-videos", MaterialType.VIDEO, "制动卡钳翻新视频课",
                "活塞除锈、导向销润滑与密封圈更换，一节课学会卡钳翻新。",
                "BC-4P01", "通用", "视频课", "卡钳"));
        all.add(m("M027", "member-videos", MaterialType.VIDEO, "减震器DIY更换全流程",
                "使用弹簧压缩器的安全要点，前后减震器拆装完整演示。",
                "SA-3300", "通用", "视频课", "减震器"));
        all.add(m("M028", "member-videos", MaterialType.VIDEO, "火花塞更换视频教程",
                "冷车操作、预紧力矩与间隙检查，十分钟更换四缸火花塞。",
                "SP-IR7", "通用", "视频课", "火花塞")
                .withCategories("member-videos", "spark-plugs"));
        // ---- 员工专区 (internal)
        all.add(m("M029", "sales-kit", MaterialType.DOCUMENT, "刹车片销售话术：如何应对“原厂更好”的异议",
                "五种常见顾客异议与应对话术，附陶瓷刹车片与原厂件的对比要点。",
                "BP-2043", "通用", "话术", "刹车片"));
        all.add(m("M030", "sales-kit", MaterialType.DOCUMENT, "春季刹车安全月销售激励方案",
                "活动期间刹车片、刹车盘销售提成与推广积分规则，以及门店排名奖励。",
                "BP-2043", "通用", "激励", "内部"));
        all.add(m("M031", "sales-kit", MaterialType.DOCUMENT, "竞品价格对比表（制动系统）",
                "主要竞品刹车片、刹车盘的终端价与渠道价对比，每月更新。",
                "BP-1120", "通用", "竞品", "价格"));
        all.add(m("M032", "dealer-east", MaterialType.DOCUMENT, "东区经销商返利政策2026",
                "东区经销商季度返利阶梯、账期与物料支持政策。",
                "", "", "返利", "政策"));
        all.add(m("M033", "dealer-east", MaterialType.DOCUMENT, "东区经销商刹车片进货价目表",
                "刹车片全系经销商进货价与起订量，东区专用。",
                "BP-2043", "通用", "进货价", "刹车片"));
        all.add(m("M034", "training", MaterialType.DOCUMENT, "门店陈列标准手册",
                "货架分区、端架陈列与促销物料摆放标准，附照片示例。",
                "", "", "陈列", "门店"));
        all.add(m("M035", "training", MaterialType.VIDEO, "新员工产品知识培训：制动系统",
                "刹车片、刹车盘、卡钳与制动液的基础知识，新员工入职必修。",
                "BP-2043", "通用", "培训", "刹车片"));
        all.add(m("M036", "training", MaterialType.DOCUMENT, "刹车片质量投诉处理流程",
                "顾客反映异响、抖动或磨损过快时的检查步骤、判责标准与换货流程。",
                "BP-2043", "通用", "售后", "流程")
                .withDownloadVisibility(Visibility.internalTo(SALES)));
        return all;
    }

    /** Not published: a draft only administrators see, and one scheduled for later. */
    static List<MaterialSpec> unpublished() {
        return List.of(
                m("M037", "headlamps", MaterialType.DOCUMENT, "LED雾灯新品预告（草稿）",
                        "下季度上市的LED雾灯系列，参数待定。", "FL-LED2", "通用", "新品", "草稿"),
                m("M038", "discs", MaterialType.ARTICLE, "夏季长途自驾刹车系统检查清单",
                        "出发前检查刹车片厚度、刹车盘磨损与制动液含水量。", "DD-5518", "通用", "自驾", "保养"));
    }

    private static MaterialSpec m(String id, String category, MaterialType type, String title, String summary,
            String partNumber, String vehicle, String... tags) {
        MaterialSpec spec = MaterialSpec.of(id, title, category).withType(type).withSummary(summary).withTags(tags)
                .withFileRef("oss://sharehub-demo/" + id.toLowerCase(java.util.Locale.ROOT)
                        + (type == MaterialType.VIDEO ? ".mp4" : type == MaterialType.IMAGE ? ".png" : ".pdf"));
        // each material states its audience itself too (its categories' rules apply on top)
        Visibility own = switch (category) {
            case "member-offers", "member-videos" -> Visibility.MEMBERS;
            case "sales-kit" -> Visibility.internalTo(SALES);
            case "dealer-east" -> Visibility.internalTo(DEALER_EAST);
            case "training" -> Visibility.ALL_EMPLOYEES;
            default -> Visibility.PUBLIC;
        };
        spec = spec.withVisibility(own);
        if (!partNumber.isEmpty()) {
            spec = spec.withAttribute("partNumber", partNumber);
        }
        if (!vehicle.isEmpty()) {
            spec = spec.withAttribute("vehicle", vehicle);
        }
        return spec;
    }
}
