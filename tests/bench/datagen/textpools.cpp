#include "textpools.h"

namespace dojo::bench {

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

Pools makeZh()
{
    Pools p;
    p.when = L({"顾客问“什么时候发货”的时候", "遇到顾客催单时", "顾客说 App 里的订单状态一直没变时",
                "顾客发来三张照片说衣服开线时", "顾客要求货到付款（COD）时", "顾客第二次来问同一个问题时",
                "大促（618、双11）期间咨询量暴涨时", "VIP 会员投诉快递太慢时", "顾客把 SKU 选错了时",
                "顾客在评价里写了差评时", "顾客说“你们客服都是机器人吧”时", "电话那头顾客声音很急时",
                "顾客要改收货地址时", "顾客问能不能再便宜一点时", "顾客说收到的颜色和图片不一样时",
                "顾客申请 7 天无理由退货时", "顾客晚上 11 点还在留言时", "顾客只发了一个订单号 %1 时",
                "顾客说朋友买的比她便宜时", "物流显示“已签收”但顾客说没收到时", "顾客在 FAQ 里找不到答案时",
                "顾客情绪激动、连发好几条消息时", "新人第一次独立值班时", "主管不在、你需要自己拿主意时"});
    p.action = L({"先道歉，再说清楚下一步怎么做", "先查订单和物流，再给出准确的时间", "把规则讲清楚，同时给出替代方案",
                  "用快捷短语先接住，再补充具体信息", "请顾客拍照，按质量问题处理", "主动说明运费由店铺承担",
                  "复述一遍顾客的诉求，确认没有理解错", "在订单上插旗备注，交接给仓库同事", "给出两个可选方案让顾客自己选",
                  "先安抚情绪，不急着解释原因", "查清 SKU 和库存后再答复", "告诉顾客处理进度，并约好回复时间",
                  "把售后单号 %1 发给顾客方便查询", "把专业名词换成顾客听得懂的话", "用“亲”“您”保持礼貌又不显生硬",
                  "记录在 CRM 里，下次接待时能看到"});
    p.why = L({"顾客最怕的是没人管", "这样顾客知道问题有人在跟进", "清楚的时间点比一句“尽快”更让人安心",
               "争赢了道理也留不住顾客", "每一句话都代表店铺的形象", "这能明显降低差评率和退款率",
               "顾客感到被重视，情绪会慢慢平复", "这样后面的同事接手时不会重复问", "准确的信息能减少来回沟通",
               "店铺评分（DSR）里服务态度占很大比重", "回复速度直接影响转化率", "顾客看不见你的表情，只能读文字"});
    p.topic = L({"售后为什么重要", "聊天语气", "回复速度", "退款流程", "换货流程", "货到付款", "议价技巧", "差评处理",
                 "电话礼仪", "物流跟进", "尺码推荐", "质量问题", "快捷短语", "情绪安抚", "订单备注", "会员服务",
                 "大促值班", "投诉升级", "地址修改", "赠品与补发"});
    p.heading = L({"先接住情绪", "说清下一步", "常见的误区", "规则与例外", "一个真实的例子", "快捷短语怎么用", "数据告诉我们什么",
                   "和仓库的交接", "VIP 顾客的特别之处", "电话里怎么说", "聊天里怎么写", "小结", "检查清单", "不要这样说",
                   "时间点要具体", "运费谁来出", "什么时候找主管", "练习一下"});
    p.say = L({"亲，非常抱歉让您久等了，我马上帮您查一下订单 %1 的物流～", "您别着急，这件事小禾负责到底，今天 18:00 前给您答复。",
               "给您带来不便真的很抱歉，我们给您换一件新的，来回运费店铺承担～", "亲，这款偏小半码，建议您选大一码，不合适 7 天内可以换。",
               "收到您的照片了，确实是质量问题，马上为您安排补发。", "亲，我把您的情况备注在订单上了，仓库同事会优先处理。",
               "感谢您的耐心，退款已经提交，1–3 个工作日原路退回。", "您好，这里是青禾衣舍售后，我是小禾，请问有什么可以帮您？"});
    p.never = L({"这不是我们的问题。", "详情页写得清清楚楚，是您自己没看。", "系统就是这样，我也没办法。", "你到底要不要？",
                 "快递的事找快递去。", "别人都没问题，就你有问题。"});
    p.tip = L({"把常用回复存成快捷短语，高峰期能省下一半时间。", "答应顾客的时间点，一定要写进订单备注。", "先确认订单号，再回答任何问题。",
               "遇到说不清的情况，先说“我帮您确认一下”，不要乱承诺。", "电话结束前复述一遍处理结果。"});
    p.listItem = L({"核对订单号和收货人", "确认签收时间是否在 15 天内", "请顾客提供照片或视频", "查看库存（SKU）", "在订单上插旗备注",
                    "告诉顾客预计的处理时间", "发送售后单号", "回访确认顾客满意", "记录到 CRM 方便交接", "检查是否买了运费险",
                    "优先处理 VIP 顾客的工单", "把结果同步给主管"});
    p.customer = L({"在吗？？我的快递怎么还没到", "衣服腋下开线了，你们质量也太差了吧", "能不能便宜点，我买两件", "你们客服怎么这么慢！！",
                    "订单号 %1，我要改地址", "收到的颜色跟图片完全不一样", "我要退款，马上！", "货到付款可以吗？"});
    p.persona = L({"林女士", "周小姐", "王先生", "陈阿姨", "赵同学", "刘老板", "孙女士", "吴先生"});
    p.situation = L({"三天前签收的连衣裙腋下开线，周末要穿去婚礼。", "下单五天还没发货，已经催过两次。", "想买两件卫衣，希望能打折。",
                     "收到的裤子小了半码，想换大一码。", "电话里说要改地址，但包裹已经发出。", "在评价里给了一星，说客服态度差。"});
    p.surname = L({"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"});
    p.given = L({"小雅", "伟", "芳", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平",
                 "子涵", "雨桐", "浩然", "欣怡"});
    p.fillWord = L({"快捷短语", "运费险", "售后单号", "订单备注", "七天无理由", "补发", "原路退回", "工单"});
    p.step = L({"认真倾听", "充分道歉", "收集事实", "给出方案", "确认时间", "执行处理", "回访确认", "记录备注"});
    p.matchLeft = L({"顾客要求货到付款", "顾客付款后改地址", "顾客说衣服开线", "顾客嫌价格贵", "顾客催发货", "顾客给了差评",
                     "顾客选错了尺码", "快递显示已签收但没收到"});
    p.matchRight = L({"先电话确认能接受更高的价格", "在订单上插旗备注", "请顾客拍照按质量问题处理", "说明价值而不是直接降价",
                      "查物流并给出具体时间", "私信道歉并给出补救方案", "安排换码并说明运费", "联系快递核实签收人"});
    p.option = L({"先道歉，再给出解决办法", "直接把规则发给顾客", "让顾客自己去查物流", "复述诉求并确认理解", "转给同事处理",
                  "告诉顾客具体的处理时间", "先问清订单号和照片", "说“这个我不清楚”", "给出两个方案让顾客选", "答应一定今天到货",
                  "在订单上备注并同步仓库", "用快捷短语回复后再补充"});
    p.feedback = L({"先道歉再解决，顾客感到被重视。", "只讲规则不给办法，顾客会觉得被打发。", "具体的时间点让顾客安心。",
                    "推给别人解决不了问题。", "这是乱许诺，做不到会更糟。", "确认理解能避免来回沟通。"});
    p.tag = L({"开场", "退款", "换货", "物流", "议价", "差评", "电话", "聊天", "共情", "COD", "VIP", "大促"});
    p.moduleName = L({"服务意识", "商品知识", "聊天礼仪", "电话礼仪", "订单流程", "售后处理", "投诉处理", "差评挽回", "大促值班",
                      "会员服务"});
    p.orderPrefix = QStringLiteral("QH-");
    return p;
}

Pools makeEn()
{
    Pools p;
    p.when = L({"When a customer asks when the order ships", "When a customer chases a late parcel",
                "When the order status in the app has not changed for days", "When a customer sends three photos of a split seam",
                "When a customer asks for cash on delivery (COD)", "When a customer asks the same question a second time",
                "When chat volume explodes during a big sale", "When a VIP member complains about slow delivery",
                "When a customer picked the wrong SKU", "When a customer leaves a one-star review",
                "When a customer says all agents are bots", "When the caller sounds rushed",
                "When a customer needs a new delivery address", "When a customer asks for a better price",
                "When the colour differs from the photos", "When a customer asks for a 7-day no-reason return",
                "When a customer leaves a message at 11 pm", "When a customer sends only the order number %1",
                "When a friend paid less for the same item", "When tracking says delivered but nothing arrived",
                "When the FAQ does not answer the question", "When an upset customer sends message after message",
                "When a new hire takes the first shift alone", "When the supervisor is away and you must decide"});
    p.action = L({"apologise first, then say what happens next", "check the order and tracking, then give an exact time",
                  "explain the rule and offer an alternative", "answer with a quick reply, then add the details",
                  "ask for photos and treat it as a quality problem", "say that the shop pays the shipping",
                  "repeat the request back to make sure you understood", "flag the order and hand it to the warehouse",
                  "offer two options and let the customer choose", "calm the customer before explaining the cause",
                  "check the SKU and stock before answering", "share the progress and agree on a time to follow up",
                  "send the after-sales ticket %1 so the customer can track it", "swap jargon for plain words",
                  "stay polite and warm without sounding scripted", "note it in the CRM for the next agent"});
    p.why = L({"customers fear that nobody cares", "the customer knows someone is on it", "an exact time reassures more than soon",
               "winning the argument loses the customer", "every sentence speaks for the shop",
               "it cuts bad reviews and refunds", "feeling heard calms people down", "the next agent will not ask again",
               "accurate facts save messages back and forth", "service attitude weighs heavily in the shop rating",
               "reply speed drives conversion", "the customer cannot see your face, only your words"});
    p.topic = L({"Why after-sales matters", "Chat tone", "Reply speed", "Refunds", "Exchanges", "Cash on delivery", "Bargaining",
                 "Bad reviews", "Phone etiquette", "Shipping follow-up", "Size advice", "Quality problems", "Quick replies",
                 "Calming customers", "Order notes", "Member service", "Big-sale shifts", "Escalations", "Address changes",
                 "Gifts and resends"});
    p.heading = L({"Catch the emotion first", "Say what happens next", "Common mistakes", "Rules and exceptions", "A real example",
                   "Using quick replies", "What the numbers say", "Handing over to the warehouse", "What makes VIPs different",
                   "On the phone", "In the chat", "Summary", "Checklist", "Never say this", "Give exact times",
                   "Who pays the shipping", "When to call the supervisor", "Practice"});
    p.say = L({"I am so sorry for the wait, let me check the tracking of order %1 right now.",
               "Please do not worry, I will own this and reply before 6 pm today.",
               "Sorry for the trouble. We will send a new one, and the shop pays both ways.",
               "This style runs half a size small, so I would suggest one size up; you can exchange within 7 days.",
               "Thanks for the photos, it is a quality problem and I am arranging a replacement now.",
               "I have noted your case on the order so the warehouse handles it first.",
               "Thank you for your patience, the refund is submitted and returns in 1-3 working days.",
               "Hello, this is Qinghe after-sales, my name is Ya. How can I help?"});
    p.never = L({"That is not our problem.", "It is on the product page, you did not read it.", "The system works like that, nothing I can do.",
                 "Do you want it or not?", "Ask the courier about the courier.", "Nobody else has this problem."});
    p.tip = L({"Save common answers as quick replies and halve your time at peak hours.",
               "Write every time you promise into the order note.", "Confirm the order number before answering anything.",
               "When unsure, say you will check, and promise nothing you cannot keep.",
               "Before hanging up, repeat what will happen."});
    p.listItem = L({"Check the order number and recipient", "Confirm delivery was within 15 days", "Ask for photos or a video",
                    "Check stock for the SKU", "Flag the order", "Tell the customer when it will be done", "Send the ticket number",
                    "Follow up to confirm", "Log it in the CRM for handover", "Check for shipping insurance",
                    "Handle VIP tickets first", "Report the outcome to the supervisor"});
    p.customer = L({"Hello?? Where is my parcel", "The armpit seam split, your quality is terrible", "Any discount if I buy two?",
                    "Why is your service so slow!!", "Order %1, I need to change the address", "The colour is nothing like the photo",
                    "I want a refund, now!", "Can I pay on delivery?"});
    p.persona = L({"Ms Lin", "Ms Zhou", "Mr Wang", "Mrs Chen", "Student Zhao", "Mr Liu", "Ms Sun", "Mr Wu"});
    p.situation = L({"Her dress split at the seam three days after delivery; she needs it for a wedding.",
                     "No shipment five days after ordering, already chased twice.", "Wants two hoodies and hopes for a discount.",
                     "The trousers are half a size small; wants one size up.",
                     "Calls to change the address, but the parcel has left.", "Left one star, saying the agent was rude."});
    p.surname = L({"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
                   "Guo", "He", "Lin", "Gao", "Luo"});
    p.given = L({"Ya", "Wei", "Fang", "Min", "Jing", "Li", "Qiang", "Lei", "Yang", "Yan", "Yong", "Jun", "Jie", "Juan", "Tao", "Ming",
                 "Chao", "Xiuying", "Xia", "Ping", "Zihan", "Yutong", "Haoran", "Xinyi"});
    p.fillWord = L({"quick reply", "shipping insurance", "ticket number", "order note", "no-reason return", "resend", "refund",
                    "work order"});
    p.step = L({"Listen", "Apologise", "Collect the facts", "Offer a solution", "Confirm the time", "Carry it out", "Follow up",
                "Write the note"});
    p.matchLeft = L({"Customer wants cash on delivery", "Customer changes address after paying", "Customer reports a split seam",
                     "Customer finds it expensive", "Customer chases the shipment", "Customer left a bad review",
                     "Customer chose the wrong size", "Tracking says delivered, nothing arrived"});
    p.matchRight = L({"Call to confirm the higher price is fine", "Flag the order with a note", "Ask for photos, treat as quality",
                      "Explain the value instead of cutting the price", "Check tracking and give an exact time",
                      "Apologise privately and offer a remedy", "Arrange an exchange and explain shipping",
                      "Ask the courier who signed"});
    p.option = L({"Apologise, then offer a fix", "Paste the policy to the customer", "Tell the customer to check tracking",
                  "Repeat the request and confirm", "Pass it to a colleague", "Give an exact time for the fix",
                  "Ask for the order number and photos", "Say you have no idea", "Offer two options to choose from",
                  "Promise it arrives today", "Note the order and tell the warehouse", "Send a quick reply, then details"});
    p.feedback = L({"Apologising first makes the customer feel heard.", "Rules without a fix feel like a brush-off.",
                    "An exact time reassures.", "Passing it on solves nothing.", "A promise you cannot keep makes it worse.",
                    "Confirming avoids messages back and forth."});
    p.tag = L({"opening", "refund", "exchange", "shipping", "bargaining", "reviews", "phone", "chat", "empathy", "COD", "VIP",
               "big sale"});
    p.moduleName = L({"Service mindset", "Product knowledge", "Chat etiquette", "Phone etiquette", "Order workflow", "After-sales",
                      "Complaints", "Winning back reviews", "Big-sale shifts", "Member service"});
    p.orderPrefix = QStringLiteral("QH-");
    return p;
}
} // namespace

const Pools &Pools::forLocale(bool en)
{
    static const Pools zh = makeZh();
    static const Pools english = makeEn();
    return en ? english : zh;
}

} // namespace dojo::bench
