<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbTestReport</name>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="27"/>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;variant&lt;/th&gt;&lt;th&gt;headline&lt;/th&gt;&lt;th&gt;copy&lt;/th&gt;&lt;th&gt;cover text&lt;/th&gt;&lt;th&gt;call to action&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;版本&lt;/th&gt;&lt;th&gt;标题&lt;/th&gt;&lt;th&gt;文案&lt;/th&gt;&lt;th&gt;封面文字&lt;/th&gt;&lt;th&gt;行动号召&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="56"/>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;variant&lt;/th&gt;&lt;th&gt;impressions&lt;/th&gt;&lt;th&gt;clicks&lt;/th&gt;&lt;th&gt;rate&lt;/th&gt;&lt;th&gt;95% interval&lt;/th&gt;&lt;th&gt;P(best)&lt;/th&gt;&lt;th&gt;next split&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;th&gt;版本&lt;/th&gt;&lt;th&gt;曝光&lt;/th&gt;&lt;th&gt;点击&lt;/th&gt;&lt;th&gt;比率&lt;/th&gt;&lt;th&gt;95% 区间&lt;/th&gt;&lt;th&gt;最优概率&lt;/th&gt;&lt;th&gt;下一轮分配&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="79"/>
        <source>&lt;h3&gt;A/B test: %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;A/B 测试：%1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="81"/>
        <source>&lt;p&gt;Brief: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;简报：%1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/AbTestReport.cpp" line="91"/>
        <source>&lt;p&gt;%n round(s) so far, %1 impressions. Each variant&apos;s click-through rate per segment with its 95% interval, the probability that it is the segment&apos;s best and the split Thompson sampling recommends for round %2.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;目前共 %n 轮，%1 次曝光。各版本在每个人群中的点击率及其 95% 区间、成为该人群最优版本的概率，以及汤普森采样为第 %2 轮推荐的分配。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="115"/>
        <source>%1: probability of being the segment&apos;s best</source>
        <translation>%1：成为该人群最优版本的概率</translation>
    </message>
    <message>
        <location filename="../ui/report/AbTestReport.cpp" line="117"/>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>CompetitionReport</name>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="25"/>
        <source>&lt;h3&gt;Competition&lt;/h3&gt;&lt;p&gt;Rival advertisers buy from the same KOLs. Each cell&apos;s posts go to the advertisers in proportion to their money, and prices rise once the cell&apos;s money exceeds what its KOLs cost; every advertiser learns its spread against the others.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;竞争&lt;/h3&gt;&lt;p&gt;竞争对手向同一批 KOL 采买。每个单元格的帖子按各广告主投入的资金比例分配；当单元格的资金超过其 KOL 的总价时，价格随之上涨；每个广告主都针对其他广告主学习自己的投放分布。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="29"/>
        <source>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;advertiser&lt;/th&gt;&lt;th&gt;budget&lt;/th&gt;&lt;th&gt;spend&lt;/th&gt;&lt;th&gt;effect&lt;/th&gt;&lt;th&gt;prefers&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;广告主&lt;/th&gt;&lt;th&gt;预算&lt;/th&gt;&lt;th&gt;花费&lt;/th&gt;&lt;th&gt;效果&lt;/th&gt;&lt;th&gt;偏好&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="40"/>
        <source>no channel</source>
        <translation>无偏好渠道</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="41"/>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="46"/>
        <source>this scenario (%1)</source>
        <translation>本情景（%1）</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="52"/>
        <source>&lt;p&gt;What competition costs at the budget of %1:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;预算 %1 下竞争的代价：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="55"/>
        <source>&lt;li&gt;%1: %2 alone, %3 against the rivals (%4)&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1：单独投放 %2，面对竞争对手 %3（%4）&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="59"/>
        <source>&lt;li&gt;optimal&apos;s plan made alone: %1 alone, %2 against the rivals&lt;/li&gt;</source>
        <translation>&lt;li&gt;最优搜索单独制定的计划：单独投放 %1，面对竞争对手 %2&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="61"/>
        <source>&lt;li&gt;the plan learned against the rivals: %1, so competition costs %2 of the effect alone%3&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;li&gt;针对竞争对手学得的计划：%1，竞争使效果比单独投放少 %2%3&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="64"/>
        <source> (the spread learned did worse than optimal&apos;s plan made alone, so that plan is kept)</source>
        <translation>（学得的分布不如最优搜索单独制定的计划，因此保留该计划）</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="70"/>
        <source>&lt;p&gt;Equilibrium gap (the largest gain any advertiser finds by changing its spread alone, a lower bound): %1 at iteration %2, %3 at iteration %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;均衡差距（任一广告主单方面改变分布所能获得的最大收益，为下界）：第 %2 次迭代为 %1，第 %4 次迭代为 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="79"/>
        <source>&lt;p&gt;No cell of the learned plan is contested: in none where it puts 0.5% of its budget or more do the rivals pay more than 20% of the money.&lt;/p&gt;</source>
        <translation>&lt;p&gt;学得的计划中没有被争夺的单元格：在它投入预算 0.5% 以上的单元格中，竞争对手的资金都不超过 20%。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/CompetitionReport.cpp" line="82"/>
        <source>&lt;p&gt;The most contested cells of the learned plan:&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;cell&lt;/th&gt;&lt;th&gt;price factor&lt;/th&gt;&lt;th&gt;rivals&apos; share of the money&lt;/th&gt;&lt;th&gt;our money&lt;/th&gt;&lt;th&gt;KOLs it buys&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;p&gt;学得的计划中争夺最激烈的单元格：&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;单元格&lt;/th&gt;&lt;th&gt;价格系数&lt;/th&gt;&lt;th&gt;竞争对手资金占比&lt;/th&gt;&lt;th&gt;我方资金&lt;/th&gt;&lt;th&gt;买到的 KOL&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="23"/>
        <location filename="../ui/report/EngineText.cpp" line="391"/>
        <location filename="../ui/report/EngineText.cpp" line="459"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="23"/>
        <location filename="../ui/report/EngineText.cpp" line="392"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="56"/>
        <source>the RL policy was trained at a budget of %1, not %2, and with other cells open; it re-plans without retraining, but a policy trained again for this scenario plans closer to the optimal search</source>
        <translation>强化学习策略是在预算 %1（而非 %2）且开放单元格不同的情况下训练的；它无需重新训练即可重新规划，但为此方案重新训练的策略更接近最优搜索的结果</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="62"/>
        <source>the RL policy was trained at a budget of %1, not %2; it re-plans without retraining, but a policy trained again for this scenario plans closer to the optimal search</source>
        <translation>强化学习策略是在预算 %1（而非 %2）下训练的；它无需重新训练即可重新规划，但为此方案重新训练的策略更接近最优搜索的结果</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="67"/>
        <source>the RL policy was trained with other cells open; it re-plans without retraining, but a policy trained again for this scenario plans closer to the optimal search</source>
        <translation>强化学习策略训练时开放的单元格不同；它无需重新训练即可重新规划，但为此方案重新训练的策略更接近最优搜索的结果</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="72"/>
        <source>RL: no trained policy for this scenario yet; allocate with RL once to train it</source>
        <translation>强化学习：此情景还没有训练好的策略；用强化学习分配一次即可训练</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="76"/>
        <source>RL: its trained policy does not fit this scenario; allocate with RL to train it again</source>
        <translation>强化学习：已训练的策略不适用于此情景；用强化学习分配即可重新训练</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="82"/>
        <source>the MARL team was trained at a budget of %1, not %2, and with other cells open; it re-plans without retraining, but a team trained again for this scenario plans closer to the optimal search</source>
        <translation>MARL 团队是在预算 %1（而非 %2）且开放单元格不同的情况下训练的；无需重新训练即可重新规划，但为该方案重新训练的团队规划结果更接近最优搜索</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="88"/>
        <source>the MARL team was trained at a budget of %1, not %2; it re-plans without retraining, but a team trained again for this scenario plans closer to the optimal search</source>
        <translation>MARL 团队是在预算 %1（而非 %2）下训练的；无需重新训练即可重新规划，但为该方案重新训练的团队规划结果更接近最优搜索</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="93"/>
        <source>the MARL team was trained with other cells open; it re-plans without retraining, but a team trained again for this scenario plans closer to the optimal search</source>
        <translation>MARL 团队训练时开放的单元格不同；无需重新训练即可重新规划，但为该方案重新训练的团队规划结果更接近最优搜索</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="98"/>
        <source>MARL: no trained team for this scenario yet; allocate with MARL once to train it</source>
        <translation>MARL：该方案尚无训练好的团队；用 MARL 分配一次即可训练</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="102"/>
        <source>MARL: its trained team does not fit this scenario; allocate with MARL to train it again</source>
        <translation>MARL：已训练的团队不适用于该方案；用 MARL 分配以重新训练</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="106"/>
        <source>does not reach the template&apos;s effect (%1) even at twice the budget (%2)</source>
        <translation>即使预算翻倍（%2）也达不到模板的效果（%1）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="108"/>
        <source>the template&apos;s plan has no effect at this budget, so there is nothing to save against</source>
        <translation>模板方案在此预算下没有效果，无从比较节省</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="111"/>
        <source>learned against the scenario&apos;s rivals (Plan › Compete with rivals)</source>
        <translation>针对情景的竞争对手学得（方案 › 与竞争对手博弈）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="113"/>
        <source>rival %1: its budget must be a positive amount</source>
        <translation>竞争对手 %1：预算必须为正数</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="116"/>
        <source>%1 of the budget of %2 stays unspent</source>
        <translation>预算 %2 中有 %1 未花出</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="119"/>
        <source>every cell that may get money is locked, and the locks add up to %1 (unlock cells to place the rest)</source>
        <translation>所有可分配预算的单元格都已锁定，锁定金额合计 %1（解锁部分单元格以分配余下预算）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="123"/>
        <source>%1 because the channel share caps allow at most %2: %3</source>
        <translation>%1：渠道占比上限最多只允许 %2：%3</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="125"/>
        <source>%1 because the cells&apos; maximums, locks and disabled cells allow at most %2</source>
        <translation>%1：单元格上限、锁定和停用的单元格最多只允许 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="128"/>
        <source>%1 because buying every KOL the enabled cells offer costs only %2 (enable more cells or channels, or import more KOLs)</source>
        <translation>%1：已启用单元格中的全部 KOL 合计只需 %2（请启用更多单元格或渠道，或导入更多 KOL）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="133"/>
        <source>%1 because buying every KOL the enabled cells offer costs only %2 (%3: no KOL in the enabled cells; import KOLs for it or open other tiers)</source>
        <translation>%1：已启用单元格中的全部 KOL 合计只需 %2（%3：已启用的单元格中没有 KOL；请为其导入 KOL 或开放其他层级）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="138"/>
        <source>%1 because the cells&apos; maximums are below the price of their KOLs: within the maximums the KOLs on offer cost only %2 (raise the maximums to buy the others)</source>
        <translation>%1：单元格上限低于其 KOL 的价格：在上限之内可购买的 KOL 合计只需 %2（提高上限才能购买其他 KOL）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="143"/>
        <source>%1 because the rule &apos;no cell above %2 of the budget&apos; with %3 open cell(s) penalises spending more than %4 (enable more cells or raise the rule)</source>
        <translation>%1：“单元格不超过预算的 %2”规则在 %3 个开放单元格下，花费超过 %4 会被罚分（请启用更多单元格或放宽该规则）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="148"/>
        <source>%1 because more money in any cell would lower the effect net of penalties (saturation and the rules)</source>
        <translation>%1：在任何单元格多投入都会降低扣除罚分后的效果（饱和与规则）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="153"/>
        <source>%1 because the template&apos;s shares leave it in cells below the price of their next KOL, where no other cell of the template can use it (the other methods place it)</source>
        <translation>%1：模板的比例把它留在了不够买下一个 KOL 的单元格中，模板的其他单元格也用不上它（其他方法会把它分配出去）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="157"/>
        <source>%1 is allocated to cells but is less than the price of their next KOL</source>
        <translation>%1 已分配到单元格，但低于其下一个 KOL 的价格</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="158"/>
        <source>%1 is not allocated</source>
        <translation>%1 未分配</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="162"/>
        <source>channel %1 has no post history (fewer than %2): its predictions borrow from the other channels and carry a wide uncertainty band</source>
        <translation>渠道 %1 没有历史帖子（少于 %2 条）：其预测借用其他渠道的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="167"/>
        <source>channel %1 has %2 posts (fewer than %3): its predictions borrow from the other channels and carry a wide uncertainty band</source>
        <translation>渠道 %1 只有 %2 条帖子（少于 %3 条）：其预测借用其他渠道的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="172"/>
        <source>phase %1 has no post history (fewer than %2): its predictions borrow from the other phases and carry a wide uncertainty band</source>
        <translation>阶段 %1 没有历史帖子（少于 %2 条）：其预测借用其他阶段的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="177"/>
        <source>phase %1 has %2 posts (fewer than %3): its predictions borrow from the other phases and carry a wide uncertainty band</source>
        <translation>阶段 %1 只有 %2 条帖子（少于 %3 条）：其预测借用其他阶段的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="182"/>
        <source>content format %1 has no post history (fewer than %2): its predictions borrow from the other formats and carry a wide uncertainty band</source>
        <translation>内容形式 %1 没有历史帖子（少于 %2 条）：其预测借用其他形式的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="187"/>
        <source>content format %1 has %2 posts (fewer than %3): its predictions borrow from the other formats and carry a wide uncertainty band</source>
        <translation>内容形式 %1 只有 %2 条帖子（少于 %3 条）：其预测借用其他形式的数据，不确定区间较宽</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="192"/>
        <source>%1 predictions were brought within the reach and engagements per follower that the channel&apos;s post history shows</source>
        <translation>%1 条预测已被限制在该渠道历史帖子显示的单粉丝触达和互动范围内</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="196"/>
        <source>%1 is disabled but gets %2</source>
        <translation>%1 已停用，却分到 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="197"/>
        <source>%1 is locked at %2 but gets %3</source>
        <translation>%1 锁定在 %2，却分到 %3</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="198"/>
        <source>%1 gets %2, outside its bounds</source>
        <translation>%1 分到 %2，超出其上下限</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="200"/>
        <source>the plan allocates %1, more than the budget %2</source>
        <translation>方案分配了 %1，超过预算 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="202"/>
        <source>%1 gets %2 of the budget, outside %3 to %4</source>
        <translation>%1 分到预算的 %2，不在 %3 至 %4 之间</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="204"/>
        <source>disabled, but the plan gives it %1</source>
        <translation>已停用，方案却分给它 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="206"/>
        <source>locked at %1, but the plan gives it %2</source>
        <translation>锁定在 %1，方案却分给它 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="207"/>
        <source>below its minimum %1</source>
        <translation>低于其下限 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="208"/>
        <source>above its maximum %1</source>
        <translation>高于其上限 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="210"/>
        <source>tier hierarchy: more than %1 (%2)</source>
        <translation>层级顺序：多于%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="212"/>
        <source>above the max cell share %1 (%2)</source>
        <translation>超过单元格占比上限 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="214"/>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="215"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 不在 %2 至 %3 之间</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="216"/>
        <source>tick at least one</source>
        <translation>请至少勾选一项</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="217"/>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="219"/>
        <source>&apos;%1&apos; is not one of the project&apos;s (%2)</source>
        <translation>“%1”不是本项目的选项（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="220"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="221"/>
        <source>is too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="222"/>
        <source>is not valid text</source>
        <translation>不是有效的文本</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="223"/>
        <source>must be more than 0 (is %1)</source>
        <translation>必须大于 0（当前为 %1）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="225"/>
        <source>must be 1 to 8 characters (e.g. CNY)</source>
        <translation>必须是 1 到 8 个字符（例如 CNY）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="226"/>
        <location filename="../ui/report/EngineText.cpp" line="238"/>
        <source>must not all be zero</source>
        <translation>不能全部为零</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="228"/>
        <source>the phase dates do not match the matrix&apos;s phases</source>
        <translation>阶段日期与矩阵的阶段不一致</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="230"/>
        <source>ends (%1) before it starts (%2)</source>
        <translation>结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="232"/>
        <source>starts (%1) before the previous phase &apos;%2&apos; (%3); list phases in time order</source>
        <translation>开始日期（%1）早于上一阶段“%2”（%3）；请按时间顺序排列阶段</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="234"/>
        <source>the minimum %1 is above the maximum %2</source>
        <translation>下限 %1 高于上限 %2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="236"/>
        <source>the minimum channel shares add up to %1, more than the whole budget</source>
        <translation>各渠道最低占比合计 %1，超过了全部预算</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="240"/>
        <source>is locked but disabled; unlock it or enable it</source>
        <translation>已锁定但已停用；请解锁或启用它</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="242"/>
        <source>the locked amount %1 is outside its bounds %2 to %3</source>
        <translation>锁定金额 %1 不在其上下限 %2 至 %3 之间</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="244"/>
        <source>the locked amounts (%1) exceed the budget (%2)</source>
        <translation>锁定金额合计（%1）超过预算（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="246"/>
        <source>the cell minimums and locks (%1) exceed the budget (%2)</source>
        <translation>单元格下限与锁定金额合计（%1）超过预算（%2）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="248"/>
        <source>every cell is disabled; enable at least one</source>
        <translation>所有单元格都已停用；请至少启用一个</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="253"/>
        <source>Offline: learned from %1 past campaigns alone, as a mixture of %2 plan(s); this plan is plan %3 of the mixture (spend %4), fitted into the scenario&apos;s hard constraints (the rules&apos; penalties are not part of what it learned).</source>
        <translation>离线：仅从 %1 个历史投放中学得，为 %2 个方案的混合；本方案是混合中的方案 %3（花费 %4），已按情景的硬约束调整（规则罚分不在其学习范围内）。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="260"/>
        <source>Offline: learned from %1 past campaigns alone, as a mixture of %2 plan(s); this plan is the best of the game&apos;s plans within the budget at its lower bound (spend %3), fitted into the scenario&apos;s hard constraints (the rules&apos; penalties are not part of what it learned).</source>
        <translation>离线：仅从 %1 个历史投放中学得，为 %2 个方案的混合；本方案是博弈中预算内置信下界最高的方案（花费 %3），已按情景的硬约束调整（规则罚分不在其学习范围内）。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="266"/>
        <source>Offline: no plan learned from the past campaigns keeps the budget of %1; the cheapest (spend %2) was cut to the budget by the scenario&apos;s constraints.</source>
        <translation>离线：从历史投放学得的方案都超出预算 %1；已用情景约束把最便宜的方案（花费 %2）压到预算之内。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="275"/>
        <source>Offline: off-policy estimate of the value of plans learned from this log %1 (90% interval %2 to %3; cross-fitted: the plan learned on each half of the past campaigns valued on the other half, %4 bootstrap resamples); the %5 past campaigns within 1.5x of this budget reached %6 on average in the same units.</source>
        <translation>离线：从这份历史学得的方案价值的离策略估计为 %1（90% 区间 %2 至 %3；交叉拟合：用一半历史投放学得的方案在另一半上估值，%4 次自助重抽样）；预算在本预算 1.5 倍范围内的 %5 个历史投放以同一单位计平均达到 %6。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="283"/>
        <source>Offline: off-policy estimate of this plan&apos;s value %1 (90% interval %2 to %3, %4 bootstrap resamples of the past campaigns; valued on the campaigns it was chosen on, so optimistic); the %5 past campaigns within 1.5x of this budget reached %6 on average in the same units.</source>
        <translation>离线：本方案价值的离策略估计为 %1（90% 区间 %2 至 %3，对历史投放做 %4 次自助重抽样；在选出它的同一批投放上估值，因此偏乐观）；预算在本预算 1.5 倍范围内的 %5 个历史投放以同一单位计平均达到 %6。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="293"/>
        <source>Offline: off-policy estimate of the value of plans learned from this log %1 (90% interval %2 to %3; cross-fitted: the plan learned on each half of the past campaigns valued on the other half, %4 bootstrap resamples); no past campaign spent within 1.5x of this budget (all of them reached %5 on average in the same units).</source>
        <translation>离线：从这份历史学得的方案价值的离策略估计为 %1（90% 区间 %2 至 %3；交叉拟合：用一半历史投放学得的方案在另一半上估值，%4 次自助重抽样）；没有历史投放的花费在本预算 1.5 倍范围内（全部历史投放以同一单位计平均达到 %5）。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="303"/>
        <source>Offline: off-policy estimate of this plan&apos;s value %1 (90% interval %2 to %3, %4 bootstrap resamples of the past campaigns; valued on the campaigns it was chosen on, so optimistic); no past campaign spent within 1.5x of this budget (all of them reached %5 on average in the same units).</source>
        <translation>离线：本方案价值的离策略估计为 %1（90% 区间 %2 至 %3，对历史投放做 %4 次自助重抽样；在选出它的同一批投放上估值，因此偏乐观）；没有历史投放的花费在本预算 1.5 倍范围内（全部历史投放以同一单位计平均达到 %5）。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="329"/>
        <source>%1 because the plan the offline method chose spends less: it books what past campaigns put into each cell, phase by phase, the best within the budget at its lower confidence bound, not a search for more effect</source>
        <translation>%1：离线方法选中的方案花得更少：它按历史投放在各单元格、各阶段投入过的金额下单，选的是预算内置信下界最高的方案，而非为更高效果而搜索</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="335"/>
        <source>%1: has no campaign rows; the history is unchanged</source>
        <translation>%1：没有投放数据行；历史投放未改变</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="338"/>
        <source>the project has no campaign history to learn from: import past campaigns (File › Import past campaigns, or kolplanner-cli import campaigns PROJECT FILE.csv)</source>
        <translation>项目没有可供学习的历史投放：请导入历史投放（文件 › 导入历史投放，或 kolplanner-cli import campaigns PROJECT FILE.csv）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="343"/>
        <source>the campaign history has %1 past campaign(s) with money in this scenario&apos;s cells; the offline method needs at least 5 (import campaigns)</source>
        <translation>历史投放中只有 %1 个在本情景的单元格中有花费；离线方法至少需要 5 个（请导入历史投放）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="348"/>
        <source>the offline method plans whole campaigns from their start and this scenario&apos;s campaign is running (actuals are recorded); re-plan the phases still to come with optimal, greedy or rl</source>
        <translation>离线方法只能从头规划整个投放，而本情景的投放正在进行（已记录实际数据）；请用最优搜索、贪心或强化学习重新规划尚未开始的阶段</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="270"/>
        <source>Offline: plan %1 of the mixture: weight %2, spend %3, estimated value %4.</source>
        <translation>离线：混合中的方案 %1：权重 %2，花费 %3，估计价值 %4。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="310"/>
        <source>Offline: duality gap after %1 iterations: %2.</source>
        <translation>离线：%1 次迭代后的对偶间隙：%2。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="313"/>
        <source>Offline: %1 gets %2 but no past campaign put money there: the offline estimate knows nothing of it.</source>
        <translation>离线：%1 分到 %2，但没有任何历史投放在此投过钱：离线估计对它一无所知。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="318"/>
        <source>Offline: %1 gets %2, more than any past campaign put there (%3): the offline estimate is extrapolated.</source>
        <translation>离线：%1 分到 %2，多于任何历史投放在此的金额（%3）：离线估计为外推。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="323"/>
        <source>Offline: the plan spends %1, outside what the past campaigns spent (%2 to %3): the offline estimate is extrapolated.</source>
        <translation>离线：方案花费 %1，超出历史投放的花费范围（%2 至 %3）：离线估计为外推。</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="354"/>
        <source>a budget of %1 buys no KOL: the cheapest KOL the cells offer costs %2 (%3)</source>
        <translation>预算 %1 买不到任何 KOL：各单元格中最便宜的 KOL 也要 %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="357"/>
        <source>a budget of %1 buys no KOL: the cheapest KOL the cells offer costs %2 (%3), more than its cell&apos;s bounds allow</source>
        <translation>预算 %1 买不到任何 KOL：各单元格中最便宜的 KOL 也要 %2（%3），超出其单元格上下限允许的金额</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="396"/>
        <source>scenario &apos;%1&apos; cannot be allocated: %2</source>
        <translation>情景“%1”无法分配：%2</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="411"/>
        <source>Phase %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="414"/>
        <source>Minimum share of %1</source>
        <translation>%1 的最低占比</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="416"/>
        <source>Maximum share of %1</source>
        <translation>%1 的最高占比</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="417"/>
        <source>Share bounds of %1</source>
        <translation>%1 的占比上下限</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="419"/>
        <source>Template weight of %1</source>
        <translation>%1 的模板权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="422"/>
        <source>Minimum of cell %1</source>
        <translation>单元格 %1 的下限</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="424"/>
        <source>Maximum of cell %1</source>
        <translation>单元格 %1 的上限</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="426"/>
        <source>Lock of cell %1</source>
        <translation>单元格 %1 的锁定金额</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="427"/>
        <source>Note on cell %1</source>
        <translation>单元格 %1 的备注</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="428"/>
        <source>Cell %1</source>
        <translation>单元格 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="433"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="434"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="435"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="436"/>
        <source>Formats</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="437"/>
        <source>Composite score weights</source>
        <translation>综合评分权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="438"/>
        <source>Reach weight</source>
        <translation>触达权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="439"/>
        <source>Engagement weight</source>
        <translation>互动权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="440"/>
        <source>Follower quality weight</source>
        <translation>粉丝质量权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="441"/>
        <source>Price efficiency weight</source>
        <translation>价格效率权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="442"/>
        <source>Format fit weight</source>
        <translation>形式匹配度权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="443"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="444"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="445"/>
        <source>Tiers</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="446"/>
        <source>Max cell share</source>
        <translation>单格最高占比</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="447"/>
        <source>Channel share bounds</source>
        <translation>渠道占比上下限</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="448"/>
        <source>Template weights of the channels</source>
        <translation>渠道的模板权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="449"/>
        <source>Template weights of the phases</source>
        <translation>阶段的模板权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="450"/>
        <source>Template weights of the tiers</source>
        <translation>层级的模板权重</translation>
    </message>
    <message>
        <location filename="../ui/report/EngineText.cpp" line="451"/>
        <source>Strategy matrix</source>
        <translation>策略矩阵</translation>
    </message>
</context>
<context>
    <name>FigureHelp</name>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="17"/>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="18"/>
        <source>Effect band (low – high)</source>
        <translation>效果区间（低 – 高）</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="19"/>
        <source>Spend</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="20"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="21"/>
        <source>Engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="22"/>
        <source>Penalty</source>
        <translation>罚分</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="23"/>
        <source>Uplift vs template</source>
        <translation>相对模板提升</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="24"/>
        <source>Budget savings vs template</source>
        <translation>相对模板节省预算</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="25"/>
        <source>Effect vs rivals</source>
        <translation>面对竞争对手的效果</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="26"/>
        <source>Unspent</source>
        <translation>未花出</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="27"/>
        <source>Breaks</source>
        <translation>违反约束</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="28"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="29"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="43"/>
        <source>What the plan is predicted to achieve: the value of the KOL posts it buys (reach, engagements, follower quality, price efficiency and format fit, weighted as in the campaign set-up), with carry-over from earlier phases and audience saturation applied, minus penalties. It is a score without a unit: compare plans of the same scenario; the expert template at the same budget is the yardstick.</source>
        <translation>方案预计达成的效果：所购 KOL 帖子的价值（触达、互动、粉丝质量、价格效率和形式匹配度，按投放设置中的权重加权），计入前期阶段的延续效应（carry-over）和受众饱和，再减去罚分。它是一个没有单位的分数：请在同一情景的方案之间比较；同预算下的专家模板是参照。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="50"/>
        <source>The plan&apos;s effect when the scenario&apos;s rival advertisers (Campaign set-up › Competition) buy from the same KOLs: each cell&apos;s posts go to the advertisers in proportion to their money, prices rise with demand, and the rivals&apos; spreads are learned against this plan. Compare it with the effect alone to see what competition costs; only scenarios with rivals have it.</source>
        <translation>当情景的竞争对手（投放设置 › 竞争）向同一批 KOL 采买时计划的效果：每个单元格的帖子按资金比例分配给各广告主，价格随需求上涨，竞争对手的分布针对本计划学得。与单独投放的效果对比即可看出竞争的代价；只有设置了竞争对手的情景才有此项。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="57"/>
        <source>The effect again with every KOL&apos;s prediction at the low, then the high end of its band. Bands are wide where the post history is thin (few posts for a channel, a tier or a KOL): a wide band says the figure is uncertain, not wrong.</source>
        <translation>把每个 KOL 的预测分别取其区间的下端和上端时的效果。历史帖子少的地方（某渠道、层级或 KOL 的帖子少）区间较宽：区间宽表示该数字不确定，而不是错误。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="62"/>
        <source>Money committed to the KOLs the plan buys, in the campaign&apos;s currency, against the budget. A cell spends at most its amount; what it cannot spend stays unspent.</source>
        <translation>方案所购 KOL 实际占用的金额（投放货币），与预算对比。一个单元格最多花掉它的金额；花不出去的部分保持未花出。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="66"/>
        <source>Predicted views of the posts bought, summed over KOLs (a person who sees two posts counts twice), from the performance model trained on the project&apos;s post history.</source>
        <translation>所购帖子的预测播放/阅读量，按 KOL 求和（同一人看到两条帖子算两次），来自基于本项目历史帖子训练的表现预测模型。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="70"/>
        <source>Predicted likes, comments and shares of the posts bought, summed over KOLs.</source>
        <translation>所购帖子的预测点赞、评论和分享数，按 KOL 求和。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="73"/>
        <source>Effect taken off for money that breaks a soft rule: a tier above the tier above it (the tier hierarchy) or a cell above the maximum cell share. Money is charged at the rate the template earns per unit at this budget. 0 when the plan keeps the rules.</source>
        <translation>因违反软规则而扣除的效果：某层级的金额高于其上一层级（层级顺序），或某单元格超过单元格占比上限。按模板在该预算下每单位金额的收益率计罚。方案遵守规则时为 0。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="78"/>
        <source>The plan&apos;s effect against the expert template&apos;s at the same budget: +10% means 10% more effect. The template is executed like any plan: its shares, then KOLs bought per cell, money a cell cannot use moved on.</source>
        <translation>方案效果与同预算下专家模板效果的对比：+10% 表示效果多 10%。模板与任何方案一样被执行：先按比例分配，再在每个单元格购买 KOL，单元格用不掉的钱顺延。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="83"/>
        <source>How much less budget the method needs to match the template&apos;s effect at this budget (1 − B′/B, B′ found by bisection). &quot;n/a&quot; or &quot;none&quot; when the method does not reach the template&apos;s effect at any smaller budget, so there is nothing to save.</source>
        <translation>该方法达到同预算下模板效果所需的预算少多少（1 − B′/B，B′ 由二分查找得出）。若该方法在任何更小的预算下都达不到模板效果，则显示“无”或“n/a”，即没有可节省的。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="88"/>
        <source>Amount in a cell that buys no KOL: the cheapest KOL of the cell costs more, or the next KOL that would add value does not fit in what is left. It is not spent; the notes under Allocate say where and why.</source>
        <translation>单元格中买不到 KOL 的金额：该单元格最便宜的 KOL 更贵，或下一个能增加价值的 KOL 放不进剩余金额。它不会被花掉；“分配”下方的说明会指出位置和原因。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="93"/>
        <source>Hard constraints the plan does not keep (budget, locks, bounds, disabled cells, channel shares): allocators never break them; an edited plan may. The cells are marked red.</source>
        <translation>方案未遵守的硬约束（预算、锁定、上下限、停用单元格、渠道占比）：分配方法从不违反它们；手工编辑的方案可能违反。相关单元格标为红色。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="97"/>
        <source>What the project&apos;s data cannot support well: channels, tiers or formats with little or no post history (their predictions borrow from similar ones and have wide bands), and predictions capped at what the history has seen.</source>
        <translation>本项目数据不足以可靠支持的部分：历史帖子很少或没有的渠道、层级或内容形式（其预测借用相似数据，区间较宽），以及被限制在历史范围内的预测。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="102"/>
        <source>What made the plan: an allocation method (template, greedy, optimal, reinforcement learning) or &quot;manual&quot; once you edit amounts by hand.</source>
        <translation>方案的来源：某种分配方法（模板、贪心、最优、强化学习），或在您手工编辑金额后为“manual”（手动）。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="127"/>
        <source>How to read KOL Planner</source>
        <translation>如何阅读 KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="129"/>
        <source>The strategy matrix has one row per channel and KOL tier and one column per phase. Each cell shows its amount and its share of the budget, and where part of the money buys no KOL, &quot;unspent X&quot; or &quot;buys nothing&quot; (amber). The colour is a heat map of the spend: what the money buys. Blue cells are locked, grey ones disabled, red ones break a rule (hover for the reason).</source>
        <translation>策略矩阵每行是一个渠道与 KOL 层级，每列是一个阶段。每个单元格显示金额及其占预算比例；若部分金额买不到 KOL，则显示“未花出 X”或“买不到 KOL”（琥珀色）。颜色是实际花费（即这笔钱买到的内容）的热力图。蓝色单元格已锁定，灰色已停用，红色违反规则（悬停查看原因）。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="137"/>
        <source>Type amounts as you write them: 40000, 40,000, 40k, 1.5m, 4万 or 12% of the budget. Enter moves down, Ctrl+D fills down, Ctrl+Z and Ctrl+Y undo and redo, Esc cancels a run.</source>
        <translation>按习惯输入金额：40000、40,000、40k、1.5m、4万 或预算的 12%。回车下移，Ctrl+D 向下填充，Ctrl+Z 和 Ctrl+Y 撤销和重做，Esc 取消运行。</translation>
    </message>
    <message>
        <location filename="../ui/FigureHelp.cpp" line="141"/>
        <source>The figures</source>
        <translation>各项数字</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="24"/>
        <source>Expert template</source>
        <translation>专家模板</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="25"/>
        <source>the expert template&apos;s fixed shares per channel, phase and tier</source>
        <translation>专家模板按渠道、阶段和层级的固定比例</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="26"/>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="27"/>
        <source>marginal-return hill climbing over a budget grid, as media-mix tools do</source>
        <translation>按边际收益在预算网格上逐步爬山，与媒体组合工具的做法相同</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="28"/>
        <source>Optimal search</source>
        <translation>最优搜索</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="29"/>
        <source>multi-start local search on the exact effect (carry-over and saturation included)</source>
        <translation>在精确效果上多起点局部搜索（含延续效应与饱和）</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="30"/>
        <source>Reinforcement learning (DDPG)</source>
        <translation>强化学习（DDPG）</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="31"/>
        <source>a DDPG policy trained over budgets of 0.5x-2x and masked cells; re-plans without retraining</source>
        <translation>在 0.5–2 倍预算和随机屏蔽单元格上训练的 DDPG 策略；重新规划无需再次训练</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="33"/>
        <source>Multi-agent RL (budget and channel agents)</source>
        <translation>多智能体强化学习（预算与渠道智能体）</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="34"/>
        <source>a budget agent splits each phase&apos;s money across channels and one agent per channel splits it across tiers; trained together with a centralised critic (MADDPG), each acts on its own view</source>
        <translation>预算智能体在各阶段把资金分配到各渠道，每个渠道一个智能体再把本渠道资金分配到各层级；用集中式评论家（MADDPG）共同训练，执行时各自只看本地观测</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="37"/>
        <source>Offline RL from past campaigns</source>
        <translation>基于历史投放的离线强化学习</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="38"/>
        <source>a policy learned from the project&apos;s campaign history alone (fitted Q iteration with a support constraint and pessimism; the budget as a Lagrangian game, a mixture of at most two plans)</source>
        <translation>仅从项目的历史投放学得的策略（带支持集约束与悲观估计的拟合 Q 迭代；预算作为拉格朗日博弈处理，最多两个方案的混合）</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="41"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="42"/>
        <location filename="../ui/report/DisplayNames.cpp" line="49"/>
        <source>Learned against rivals</source>
        <translation>针对竞争对手学得</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="27"/>
        <source>actor loss</source>
        <translation>actor 损失</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="28"/>
        <source>critic loss</source>
        <translation>critic 损失</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="29"/>
        <source>episode return</source>
        <translation>回合回报</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="30"/>
        <source>duality gap (%)</source>
        <translation>对偶间隙（%）</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="31"/>
        <source>expected spend (% of budget)</source>
        <translation>期望花费（占预算 %）</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="41"/>
        <source>return: %1</source>
        <translation>回报：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="42"/>
        <source>budget agent</source>
        <translation>预算智能体</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <location filename="../ui/report/PdfPages.cpp" line="107"/>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="87"/>
        <source>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;KOL plan report · plan made %2 · method: %3&lt;/p&gt;</source>
        <translation>&lt;h1&gt;%1&lt;/h1&gt;&lt;p&gt;KOL 投放方案报告 · 方案生成于 %2 · 方法：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="88"/>
        <source>(not saved yet)</source>
        <translation>（尚未保存）</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="90"/>
        <source>&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Budget: %1 %2&lt;/li&gt;&lt;li&gt;Channels: %3&lt;/li&gt;&lt;li&gt;KOL tiers: %4&lt;/li&gt;&lt;li&gt;Phases:&lt;ul&gt;%5&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;Rules: tier hierarchy %6, max cell share %7%8&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;投放需求&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;预算：%1 %2&lt;/li&gt;&lt;li&gt;渠道：%3&lt;/li&gt;&lt;li&gt;KOL 层级：%4&lt;/li&gt;&lt;li&gt;阶段：&lt;ul&gt;%5&lt;/ul&gt;&lt;/li&gt;&lt;li&gt;规则：层级顺序 %6，单元格占比上限 %7%8&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="95"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="95"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="96"/>
        <source>; channel shares %1</source>
        <translation>；渠道占比 %1</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="98"/>
        <source>&lt;p&gt;&lt;i&gt;The plan was made for a budget of %1; the scenario&apos;s is now %2.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;该方案按预算 %1 生成；情景当前预算为 %2。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="110"/>
        <location filename="../ui/report/PdfReport.cpp" line="286"/>
        <source>effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="115"/>
        <source>spend</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="116"/>
        <location filename="../ui/report/PdfReport.cpp" line="313"/>
        <source>reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="117"/>
        <source>engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="119"/>
        <source>penalty</source>
        <translation>罚分</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="120"/>
        <source>uplift vs template</source>
        <translation>相对模板提升</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="123"/>
        <source>&lt;h3&gt;Figures against the expert template&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;plan&lt;/th&gt;&lt;th&gt;template&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;与专家模板对比&lt;/h3&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;4&apos;&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;方案&lt;/th&gt;&lt;th&gt;模板&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="131"/>
        <source>&lt;h3&gt;Notes&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;说明&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="150"/>
        <source>&lt;h3&gt;Savings against the template&lt;/h3&gt;&lt;p&gt;The savings curves of this scenario have not been computed for it as it is: compute them in the window (Results › Savings) or with &lt;i&gt;kolplanner-cli compare --curve&lt;/i&gt;, then export again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;相对模板的节省&lt;/h3&gt;&lt;p&gt;尚未为此情景的当前设置计算节省曲线：请在窗口中（结果 › 节省）或用 &lt;i&gt;kolplanner-cli compare --curve&lt;/i&gt; 计算后再导出。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="154"/>
        <source>&lt;h3&gt;Savings against the template&lt;/h3&gt;&lt;p&gt;The template&apos;s effect at the budget of %1: %2.&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;相对模板的节省&lt;/h3&gt;&lt;p&gt;模板在预算 %1 下的效果：%2。&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="162"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: the same effect for %2 instead of %3 (saves %4), or %5 more effect for the full budget&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;：用 %2（而非 %3）达到相同效果（节省 %4），或用全额预算多出 %5 的效果&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="167"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: no saving (%2); %3 effect at the full budget&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;：没有节省（%2）；全额预算下效果 %3&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="187"/>
        <source>&lt;h3&gt;Strategy matrix&lt;/h3&gt;&lt;p&gt;Amounts and their share of the budget; &lt;i&gt;lock&lt;/i&gt; locked, &lt;i&gt;off&lt;/i&gt; disabled, &lt;b&gt;!&lt;/b&gt; breaks a rule.&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;channel&lt;/th&gt;&lt;th&gt;tier&lt;/th&gt;</source>
        <translation>&lt;h3&gt;策略矩阵&lt;/h3&gt;&lt;p&gt;金额及其占预算比例；&lt;i&gt;锁定&lt;/i&gt; 已锁定，&lt;i&gt;关&lt;/i&gt; 已停用，&lt;b&gt;!&lt;/b&gt; 违反规则。&lt;/p&gt;&lt;table border=&apos;1&apos; cellspacing=&apos;0&apos; cellpadding=&apos;3&apos; width=&apos;100%&apos;&gt;&lt;tr&gt;&lt;th&gt;渠道&lt;/th&gt;&lt;th&gt;层级&lt;/th&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="194"/>
        <source>&lt;th&gt;total&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;th&gt;合计&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="205"/>
        <source> &lt;i&gt;off&lt;/i&gt;</source>
        <translation> &lt;i&gt;关&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="206"/>
        <source> &lt;i&gt;lock&lt;/i&gt;</source>
        <translation> &lt;i&gt;锁定&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="219"/>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;total&lt;/b&gt;&lt;/td&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;合计&lt;/b&gt;&lt;/td&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="232"/>
        <source>&lt;h3&gt;KOLs per cell&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;各单元格 KOL&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="234"/>
        <source>&lt;tr&gt;&lt;th width=&apos;11%&apos;&gt;KOL&lt;/th&gt;&lt;th width=&apos;33%&apos;&gt;name&lt;/th&gt;&lt;th width=&apos;12%&apos;&gt;followers&lt;/th&gt;&lt;th width=&apos;12%&apos;&gt;format&lt;/th&gt;&lt;th width=&apos;10%&apos;&gt;price&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;predicted reach&lt;/th&gt;&lt;th width=&apos;8%&apos;&gt;score&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th width=&apos;11%&apos;&gt;KOL&lt;/th&gt;&lt;th width=&apos;33%&apos;&gt;名称&lt;/th&gt;&lt;th width=&apos;12%&apos;&gt;粉丝数&lt;/th&gt;&lt;th width=&apos;12%&apos;&gt;内容形式&lt;/th&gt;&lt;th width=&apos;10%&apos;&gt;价格&lt;/th&gt;&lt;th width=&apos;14%&apos;&gt;预测触达&lt;/th&gt;&lt;th width=&apos;8%&apos;&gt;得分&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/PdfReport.cpp" line="243"/>
        <source>%n KOL(s) for %1 of %2</source>
        <translation>
            <numerusform>%n 个 KOL，花费 %1 / %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="273"/>
        <source>KOL plan: %1</source>
        <translation>KOL 投放方案：%1</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="285"/>
        <source>Effect against budget</source>
        <translation>效果与预算</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="285"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="290"/>
        <source>this plan</source>
        <translation>本计划</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="296"/>
        <location filename="../ui/report/PdfReport.cpp" line="297"/>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="296"/>
        <source>expert template</source>
        <translation>专家模板</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="302"/>
        <source>&lt;h3&gt;Charts&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;图表&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="304"/>
        <source>Allocation by channel</source>
        <translation>按渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="305"/>
        <location filename="../ui/report/PdfReport.cpp" line="309"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="308"/>
        <source>Allocation by phase</source>
        <translation>按阶段分配</translation>
    </message>
    <message>
        <location filename="../ui/report/PdfReport.cpp" line="312"/>
        <source>Predicted reach by channel and phase</source>
        <translation>按渠道和阶段的预测触达</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="20"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="23"/>
        <source>lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="45"/>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="45"/>
        <source>Disabled: the allocator leaves it empty</source>
        <translation>已停用：分配器不会向其分配预算</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="47"/>
        <source>Locked at %1</source>
        <translation>锁定在 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="49"/>
        <source>Minimum %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="50"/>
        <source>Maximum %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="50"/>
        <source>No maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/MatrixCellText.cpp" line="52"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="80"/>
        <location filename="../ui/Launch.cpp" line="89"/>
        <source>Preparing a demo project: generating a market and training the KOL performance model…</source>
        <translation>正在准备示例项目：生成市场并训练 KOL 表现预测模型…</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="83"/>
        <source>Welcome to KOL Planner</source>
        <translation>欢迎使用 KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="95"/>
        <source>Preparing a demo project: %1…</source>
        <translation>正在准备示例项目：%1…</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="106"/>
        <source>No demo project</source>
        <translation>没有示例项目</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="107"/>
        <source>The demo project could not be built: %1</source>
        <translation>无法生成示例项目：%1</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="111"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="34"/>
        <source>Budget planning over channels, phases and KOL tiers</source>
        <translation>按渠道、阶段和达人层级规划预算</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="37"/>
        <source>The .kolplan project to open</source>
        <translation>要打开的 .kolplan 项目</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="39"/>
        <source>Run one allocation, save a screenshot to FILE and exit</source>
        <translation>运行一次分配，将截图保存到 FILE 后退出</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="41"/>
        <source>Method for --smoke-test (default optimal)</source>
        <translation>--smoke-test 使用的方法（默认 optimal）</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="43"/>
        <source>Most RL training steps (default 60000)</source>
        <translation>强化学习训练的最多步数（默认 60000）</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="45"/>
        <source>User interface language, e.g. zh_CN</source>
        <translation>界面语言，例如 zh_CN</translation>
    </message>
    <message>
        <location filename="../app/gui_main.cpp" line="48"/>
        <source>Walk through the window as a new user and save screenshots to FOLDER</source>
        <translation>以新用户身份浏览窗口，并把截图保存到 FOLDER</translation>
    </message>
    <message>
        <location filename="../ui/Launch.cpp" line="64"/>
        <location filename="../ui/Launch.cpp" line="100"/>
        <location filename="../app/gui_main.cpp" line="73"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="29"/>
        <source>%1 is not an amount: write e.g. 40000, 40,000, 40k, 1.5m or 4万</source>
        <translation>%1 不是金额：请输入例如 40000、40,000、40k、1.5m 或 4万</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="31"/>
        <source>%1 is negative: amounts are 0 or more</source>
        <translation>%1 是负数：金额必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="34"/>
        <source>%1 is more than the budget (%2)</source>
        <translation>%1 超过预算（%2）</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="35"/>
        <source>%1 is more than the largest amount allowed (%2)</source>
        <translation>%1 超过允许的最大金额（%2）</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="37"/>
        <source>%1 is a share: write an amount here</source>
        <translation>%1 是比例：这里请输入金额</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="26"/>
        <source>the budget decision</source>
        <translation>预算决策</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="26"/>
        <source>accuracy</source>
        <translation>准确度</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="27"/>
        <source>fitted for %1: R² %2 of log reach</source>
        <translation>按%1拟合：对数触达 R² %2</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="31"/>
        <source>, budget decision regret %1%</source>
        <translation>，预算决策遗憾 %1%</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="33"/>
        <source> on held-out posts</source>
        <translation>（留出帖子上）</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="13"/>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="13"/>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="14"/>
        <source>Weibo</source>
        <translation>微博</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="14"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="15"/>
        <source>Kuaishou</source>
        <translation>快手</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="15"/>
        <source>Bilibili</source>
        <translation>哔哩哔哩</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="16"/>
        <source>Warm-up</source>
        <translation>预热期</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="16"/>
        <source>Launch</source>
        <translation>爆发期</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="17"/>
        <source>Sustain</source>
        <translation>持续期</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="17"/>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="18"/>
        <source>Mid</source>
        <translation>腰部</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="18"/>
        <source>Tail</source>
        <translation>尾部</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="19"/>
        <source>KOC</source>
        <translation>KOC</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="19"/>
        <source>short video</source>
        <translation>短视频</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="20"/>
        <source>image-text</source>
        <translation>图文</translation>
    </message>
    <message>
        <location filename="../ui/report/DisplayNames.cpp" line="20"/>
        <source>live stream</source>
        <translation>直播</translation>
    </message>
</context>
<context>
    <name>kol::AbDraftDialog</name>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="57"/>
        <source>No language model server is set up: start a local server that speaks the chat-completions protocol, e.g. llama.cpp&apos;s &apos;llama-server -m MODEL.gguf --port 8080&apos;, and enter its address, e.g. http://127.0.0.1:8080</source>
        <translation>尚未设置语言模型服务器：请在本机启动支持 chat-completions 协议的服务器，例如 llama.cpp 的 &apos;llama-server -m MODEL.gguf --port 8080&apos;，然后填入其地址，例如 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="62"/>
        <source>cannot reach the server (%1); is it running? e.g. &apos;llama-server -m MODEL.gguf --port 8080&apos;</source>
        <translation>无法连接服务器（%1）；服务器是否已启动？例如 &apos;llama-server -m MODEL.gguf --port 8080&apos;</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="64"/>
        <source>no answer within %1 s (a larger model may need a longer timeout)</source>
        <translation>%1 秒内没有回应（较大的模型可能需要更长的超时）</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="65"/>
        <source>the server answered HTTP %1: %2</source>
        <translation>服务器返回 HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="66"/>
        <source>the model&apos;s reply holds no list of variants: %1</source>
        <translation>模型的回复中没有版本列表：%1</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="67"/>
        <source>the model&apos;s reply has no new variant with a headline or a copy: %1</source>
        <translation>模型的回复中没有带标题或文案的新版本：%1</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="68"/>
        <source>the server address %1 is not an http:// or https:// address with a host (e.g. http://127.0.0.1:8080)</source>
        <translation>服务器地址 %1 不是带主机名的 http:// 或 https:// 地址（例如 http://127.0.0.1:8080）</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="100"/>
        <source>Draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="101"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="104"/>
        <source>Add chosen drafts to the test</source>
        <translation>将选中的草稿加入测试</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="107"/>
        <source>Draft variants for %1</source>
        <translation>为 %1 生成版本草稿</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="109"/>
        <source>Drafts are written by a language model server on your computer that speaks the chat-completions protocol (llama.cpp&apos;s llama-server, vLLM, Ollama and others). The request holds the test&apos;s brief, the segment&apos;s portrait and the best variants so far with their rates; it goes to the server below and nowhere else, and nothing is sent until you press Draft. To start a server: &lt;code&gt;llama-server -m MODEL.gguf --port 8080&lt;/code&gt;, then enter http://127.0.0.1:8080.</source>
        <translation>草稿由您电脑上支持 chat-completions 协议的语言模型服务器撰写（llama.cpp 的 llama-server、vLLM、Ollama 等）。请求包含测试的简报、人群画像以及目前最好的版本及其比率；只发送到下方的服务器，不会发往别处，且在您按下“生成草稿”之前不会发送任何内容。启动服务器：&lt;code&gt;llama-server -m MODEL.gguf --port 8080&lt;/code&gt;，然后填入 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="118"/>
        <source>local (servers with one model ignore it)</source>
        <translation>local（只有一个模型的服务器会忽略此项）</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="121"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Use</source>
        <translation>采用</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Cover text</source>
        <translation>封面文字</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="132"/>
        <source>Call to action</source>
        <translation>行动号召</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="141"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="142"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="143"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="144"/>
        <source>Segment</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="145"/>
        <source>Drafts</source>
        <translation>草稿数</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="162"/>
        <source>The test has %1 variants, the most it can hold: delete some before adding drafts</source>
        <translation>该测试已有 %1 个版本，已达上限：请先删除一些版本再加入草稿</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="170"/>
        <source>Stopped; nothing was drafted</source>
        <translation>已停止；未生成任何草稿</translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="178"/>
        <source>No drafts: %1</source>
        <translation>没有草稿：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbDraftDialog.cpp" line="199"/>
        <source>Asking %1 for %n draft(s)…</source>
        <translation>
            <numerusform>正在向 %1 请求 %n 份草稿…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AbDraftDialog.cpp" line="238"/>
        <source>Drafted for %1</source>
        <translation>为 %1 生成</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbDraftDialog.cpp" line="247"/>
        <source>%n draft(s) from the server: edit them, untick those you do not want, then add them to the test</source>
        <translation>
            <numerusform>服务器返回 %n 份草稿：可编辑，取消勾选不需要的，然后加入测试</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kol::AbTestPanel</name>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="57"/>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="57"/>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="57"/>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="57"/>
        <source>Cover text</source>
        <translation>封面文字</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="57"/>
        <source>Call to action</source>
        <translation>行动号召</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="58"/>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <location filename="../ui/AbTestPanel.cpp" line="158"/>
        <source>Segment</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="58"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="58"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="58"/>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="58"/>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <source>Impressions</source>
        <translation>曝光</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="60"/>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="62"/>
        <source>Rate per round</source>
        <translation>每轮的转化率</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="62"/>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="62"/>
        <source>rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="63"/>
        <source>Probability of being the segment&apos;s best</source>
        <translation>成为该人群最佳版本的概率</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="68"/>
        <source>Interest tags separated by commas</source>
        <translation>兴趣标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="73"/>
        <source>clicks per impression</source>
        <translation>每次曝光的点击</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="74"/>
        <source>conversions per impression</source>
        <translation>每次曝光的转化</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="76"/>
        <source>Each variant&apos;s observed rate in each round of the chosen segment, with its 95% interval (Wilson) as a band</source>
        <translation>所选人群中每个版本每轮观测到的比率，色带为其 95% 区间（Wilson）</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="88"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="91"/>
        <source>New test</source>
        <translation>新建测试</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="94"/>
        <location filename="../ui/AbTestPanel.cpp" line="97"/>
        <source>Test %1</source>
        <translation>测试 %1</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="101"/>
        <source>Save edits</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="103"/>
        <source>Simulate 5 rounds</source>
        <translation>模拟 5 轮</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="105"/>
        <source>Import rounds…</source>
        <translation>导入轮次结果…</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="108"/>
        <source>Import rounds</source>
        <translation>导入轮次结果</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="108"/>
        <location filename="../ui/AbTestPanel.cpp" line="133"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="115"/>
        <source>Draft variants…</source>
        <translation>生成版本草稿…</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="130"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="133"/>
        <source>Export the test</source>
        <translation>导出测试</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="140"/>
        <location filename="../ui/AbTestPanel.cpp" line="143"/>
        <source>Delete test</source>
        <translation>删除测试</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbTestPanel.cpp" line="144"/>
        <source>Delete the A/B test %1 and its %n result row(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 A/B 测试 %1 及其 %n 行结果？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="154"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="156"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="162"/>
        <source>Variants</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="163"/>
        <source>Segments</source>
        <translation>人群</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="164"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="170"/>
        <source>Next round&apos;s split</source>
        <translation>下一轮的分配</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="305"/>
        <source>%1: 95% interval</source>
        <translation>%1：95% 区间</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="329"/>
        <source>estimated rate %1 (95% interval %2 – %3), %4 impressions so far</source>
        <translation>估计比率 %1（95% 区间 %2 – %3），目前曝光 %4 次</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="337"/>
        <source>probability (%)</source>
        <translation>概率（%）</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="350"/>
        <source>%1: computing the next round&apos;s split…</source>
        <translation>%1：正在计算下一轮的分配…</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanel.cpp" line="371"/>
        <source>%1: the split for round %2. %3</source>
        <translation>%1：第 %2 轮的分配。%3</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="56"/>
        <source>Test %1 created: name the variants and write their copy, then Save edits</source>
        <translation>已创建测试 %1：为各版本命名并填写文案，然后点“保存修改”</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="109"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="113"/>
        <source>Saved the variants and segments of %1</source>
        <translation>已保存 %1 的版本和人群</translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="130"/>
        <source>Drafts not added: %1</source>
        <translation>草稿未加入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbTestPanelData.cpp" line="134"/>
        <source>Added %n drafted variant(s) to %1, saved with your edits to its variants and segments</source>
        <translation>
            <numerusform>已将 %n 个草稿版本加入 %1，并与您对版本和人群的修改一起保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbTestPanelData.cpp" line="136"/>
        <source>Added %n drafted variant(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个草稿版本加入 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="152"/>
        <source>Nothing imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbTestPanelData.cpp" line="156"/>
        <source>Imported %n result row(s)</source>
        <translation>
            <numerusform>已导入 %n 行结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AbTestPanelData.cpp" line="205"/>
        <source>Simulated %n round(s), each split as %1 recommends</source>
        <translation>
            <numerusform>已模拟 %n 轮，每轮按 %1 的建议分配</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AbTestPanelData.cpp" line="219"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>kol::ActualsDialog</name>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="49"/>
        <source>Record campaign actuals</source>
        <translation>记录投放实际数据</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="55"/>
        <source>One row per booked post of the finished phases: what it cost and what it reached. The rows replace what is recorded for this scenario; every method then re-plans the phases still to come. Amounts may be written as 40k or 1.2万.</source>
        <translation>已结束阶段每条已投放的帖子一行：花费多少、触达多少。这些行将替换本场景已记录的数据；之后每种方法都会重新规划尚未开始的阶段。金额可写作 40k 或 1.2万。</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>KOL id</source>
        <translation>KOL 编号</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>Format</source>
        <translation>内容形式</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="60"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="61"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="61"/>
        <source>Engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="73"/>
        <source>Add the plan&apos;s KOLs of</source>
        <translation>添加方案中此阶段的 KOL：</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="75"/>
        <source>Adds the open plan&apos;s KOLs of the phase at their price; type what each post reached</source>
        <translation>按报价添加当前方案在该阶段的 KOL；再填写每条帖子的实际触达</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="77"/>
        <source>Allocate first: there is no plan to add KOLs from</source>
        <translation>请先分配：还没有可供添加 KOL 的方案</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="79"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="81"/>
        <source>Remove rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../ui/ActualsDialog.cpp" line="90"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>kol::AllocatePanel</name>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="52"/>
        <source>Train a new policy</source>
        <translation>重新训练策略</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="53"/>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="61"/>
        <source>Evaluation effect</source>
        <translation>评估效果</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="61"/>
        <location filename="../ui/AllocatePanel.cpp" line="62"/>
        <source>training steps</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="61"/>
        <source>× template</source>
        <translation>× 模板</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="62"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="62"/>
        <source>loss, return</source>
        <translation>损失、回报</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="76"/>
        <source>Time since the run started, and for training an estimate of the time left</source>
        <translation>运行开始以来的时间；训练时还会估算剩余时间</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="77"/>
        <source>The run under way: its method, its scenario and how far it is</source>
        <translation>正在进行的运行：方法、情景和进度</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="78"/>
        <source>The allocation method; hover a method in the list for what it does</source>
        <translation>分配方法；在列表中悬停某个方法可查看其说明</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="79"/>
        <source>Spread the budget over the open cells with the chosen method (Ctrl+R)</source>
        <translation>用所选方法把预算分配到开放的单元格（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="80"/>
        <source>Stop the run; the plan stays as it was (Esc)</source>
        <translation>停止运行；方案保持不变（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="82"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="85"/>
        <source>Show or hide the live training charts</source>
        <translation>显示或隐藏实时训练图表</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="94"/>
        <source>policy&apos;s plan</source>
        <translation>策略方案</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="95"/>
        <source>optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="96"/>
        <source>template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="99"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="144"/>
        <source>%1 finished in %2 s; longest GUI stall %3 ms</source>
        <translation>%1 完成，用时 %2 秒；界面最长停顿 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="202"/>
        <source>%1 for &apos;%2&apos;</source>
        <translation>%1，情景“%2”</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="257"/>
        <source>Note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="268"/>
        <source>The project has no campaign history: import past campaigns (File › Import past campaigns) for the offline method to learn from.</source>
        <translation>项目没有历史投放：请导入历史投放（文件 › 导入历史投放），供离线方法学习。</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="344"/>
        <source>about %1 s left</source>
        <translation>约剩 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="345"/>
        <source>about %1 min left</source>
        <translation>约剩 %1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="154"/>
        <location filename="../ui/AllocatePanel.cpp" line="156"/>
        <source>Allocation failed: %1</source>
        <translation>分配失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="71"/>
        <source>Train the policy again even if the scenario has one</source>
        <translation>即使情景已有策略也重新训练</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="161"/>
        <source>Cancelled; the plan is unchanged</source>
        <translation>已取消；方案未改变</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="162"/>
        <source>The run for &apos;%1&apos; was cancelled: %2</source>
        <translation>“%1”的运行已取消：%2</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="324"/>
        <source>Last run: %1</source>
        <translation>上次运行：%1</translation>
    </message>
    <message>
        <location filename="../ui/AllocatePanel.cpp" line="339"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>kol::AmountSpinBox</name>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="52"/>
        <source>The campaign budget. Type it as you would write it: 2000000, 2,000,000, 2m or 200万.</source>
        <translation>投放预算。按习惯输入：2000000、2,000,000、2m 或 200万。</translation>
    </message>
    <message>
        <location filename="../ui/AmountEntry.cpp" line="88"/>
        <source>the budget must be at least 1</source>
        <translation>预算至少为 1</translation>
    </message>
</context>
<context>
    <name>kol::BackgroundJob</name>
    <message>
        <location filename="../ui/BackgroundJob.cpp" line="47"/>
        <source>superseded by a new run</source>
        <translation>已被新的运行取代</translation>
    </message>
</context>
<context>
    <name>kol::CompareView</name>
    <message>
        <location filename="../ui/CompareView.cpp" line="45"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="49"/>
        <source>Allocation per channel</source>
        <translation>各渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="63"/>
        <source>Tick 2 to 4 scenarios</source>
        <translation>勾选 2 到 4 个情景</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="187"/>
        <source>Tick 2 to 4 scenarios to compare.</source>
        <translation>请勾选 2 到 4 个情景进行对比。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="109"/>
        <location filename="../ui/CompareView.cpp" line="110"/>
        <source>Cannot compare: %1</source>
        <translation>无法对比：%1</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="51"/>
        <source>Effect against budget</source>
        <translation>效果与预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="51"/>
        <source>budget (thousands)</source>
        <translation>预算（千）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="51"/>
        <source>effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="85"/>
        <source>Each scenario&apos;s effect at budgets from a quarter to twice its own, with its plan&apos;s method; the dotted drop marks the budget at which it matches its template&apos;s effect</source>
        <translation>各情景在其预算四分之一到两倍之间、用其方案所用方法达到的效果；点线标出它达到自身模板效果所需的预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="97"/>
        <source>Computing figures (%1%): %2</source>
        <translation>正在计算（%1%）：%2</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="115"/>
        <source>Comparison cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="116"/>
        <source>Comparison cancelled: %1.</source>
        <translation>比较已取消：%1。</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="146"/>
        <source>another project was opened</source>
        <translation>打开了另一个项目</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="193"/>
        <source>Computing figures…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="218"/>
        <source>scenario %1 of %2, &apos;%3&apos;</source>
        <translation>第 %1/%2 个情景“%3”</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="220"/>
        <source>building its market</source>
        <translation>构建其市场</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="222"/>
        <source>valuing its plan</source>
        <translation>评估其方案</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="223"/>
        <source>budget savings with %1, step %2 of at most %3</source>
        <translation>用 %1 计算节省预算，第 %2 步（最多 %3 步）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="245"/>
        <source>effect against budget for &apos;%1&apos;</source>
        <translation>“%1”的效果与预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="268"/>
        <source>%1: no curve (%2)</source>
        <translation>%1：没有曲线（%2）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="274"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="280"/>
        <source>%1: the template&apos;s own plan, the level the other methods&apos; savings are measured against</source>
        <translation>%1：模板自身的方案，是衡量其他方法节省的基准</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="283"/>
        <source>%1 matches its template</source>
        <translation>%1 达到其模板效果</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="288"/>
        <source>%1: its template&apos;s effect (%2) with %3 instead of %4 (saves %5)</source>
        <translation>%1：用 %3（而非 %4）达到其模板效果（%2）（节省 %5）</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="292"/>
        <source>%1: no saving (%2)</source>
        <translation>%1：没有节省（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CompareView.cpp" line="303"/>
        <source>Saved plans of %n scenario(s); colours mark differences from the first.</source>
        <translation>
            <numerusform>已保存的 %n 个情景方案；颜色标出与第一个情景的差异。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="305"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="306"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="307"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="308"/>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="309"/>
        <source>Effect vs rivals</source>
        <translation>面对竞争对手的效果</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="310"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="311"/>
        <source>Engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="312"/>
        <source>Uplift vs template</source>
        <translation>相对模板提升</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="313"/>
        <source>Budget savings vs template</source>
        <translation>相对模板节省预算</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="328"/>
        <location filename="../ui/CompareView.cpp" line="358"/>
        <source>The scenario&apos;s budget and currency</source>
        <translation>该情景的预算和货币</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="344"/>
        <source>no rivals</source>
        <translation>无竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="349"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="361"/>
        <source>%1 than %2</source>
        <translation>比 %2 %1</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="361"/>
        <source>Higher</source>
        <translation>高于</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="361"/>
        <source>Lower</source>
        <translation>低于</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="365"/>
        <source>None: %1</source>
        <translation>无：%1</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="368"/>
        <source>The saved plan was valued again: it was made on another catalog or model</source>
        <translation>保存的方案已重新评估：它是基于另一份 KOL 名录或模型生成的</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="394"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/CompareView.cpp" line="423"/>
        <source>%1 − %2
%3</source>
        <translation>%1 − %2
%3</translation>
    </message>
</context>
<context>
    <name>kol::CompetitionDialog</name>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="22"/>
        <source>Equilibrium gap</source>
        <translation>均衡差距</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="22"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="22"/>
        <source>gap (%)</source>
        <translation>差距（%）</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="26"/>
        <source>Use the learned plan</source>
        <translation>采用学得的计划</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="29"/>
        <source>Competition: %1</source>
        <translation>竞争：%1</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="30"/>
        <source>The largest gain any advertiser finds by changing its spread alone, as a share of its effect (a lower bound); near 0 the spreads are an equilibrium</source>
        <translation>任一广告主单方面改变分布所能获得的最大收益占其效果的比例（下界）；接近 0 时各分布构成均衡</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="32"/>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="36"/>
        <source>Put the plan learned against the rivals on screen (one undo step)</source>
        <translation>将针对竞争对手学得的计划放到屏幕上（可一步撤销）</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="58"/>
        <source>This scenario has no rival advertisers. Add them in Plan › Campaign set-up › Competition, then open this again.</source>
        <translation>此情景没有竞争对手。请在 方案 › 投放设置 › 竞争 中添加，然后再次打开此窗口。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CompetitionDialog.cpp" line="62"/>
        <source>%n rival(s) learning their spreads against the plan on screen…</source>
        <translation>
            <numerusform>%n 个竞争对手正在针对屏幕上的计划学习投放分布…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="105"/>
        <source>Iteration %1 of %2: equilibrium gap %3%</source>
        <translation>第 %1 / %2 次迭代：均衡差距 %3%</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="115"/>
        <source>Done: the rivals&apos; spreads and the plan learned against them.</source>
        <translation>完成：竞争对手的分布以及针对它们学得的计划。</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="116"/>
        <source>the plan on screen</source>
        <translation>屏幕上的计划</translation>
    </message>
    <message>
        <location filename="../ui/CompetitionDialog.cpp" line="123"/>
        <source>The competition could not be played: %1</source>
        <translation>无法进行竞争博弈：%1</translation>
    </message>
</context>
<context>
    <name>kol::FitDialog</name>
    <message>
        <location filename="../ui/FitDialog.cpp" line="39"/>
        <source>Fit the performance model</source>
        <translation>拟合效果模型</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="41"/>
        <source>The performance model predicts each KOL&apos;s reach and engagements per post from the project&apos;s post history. Every method plans with it. Fitting takes a few seconds to a few minutes and can be cancelled; the model in use is kept until the new one is ready.</source>
        <translation>效果模型根据项目的历史帖子预测每位 KOL 单条帖子的触达和互动。所有方法都用它来规划。拟合需要几秒到几分钟，可以取消；新模型就绪之前继续使用当前模型。</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="48"/>
        <source>Fit for &amp;accuracy (predict, then optimise)</source>
        <translation>按准确度拟合（先预测，再优化）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="50"/>
        <source>Minimises the error of log reach and log engagements on past posts; the allocators then optimise against the predictions. The default.</source>
        <translation>使历史帖子上对数触达和对数互动的误差最小；分配方法再根据预测进行优化。默认选项。</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="53"/>
        <source>Fit for the &amp;budget decision (end-to-end)</source>
        <translation>按预算决策拟合（端到端）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="56"/>
        <source>Starts from the accuracy fit, then trains each network on what the KOLs a budget buys from its predictions actually reached in past posts, keeping the accuracy error as a regularizer and stopping when held-back posts stop improving. On the demo markets it does not plan better than the accuracy fit: most of a post&apos;s outcome is luck that no model foresees. On your own history, fit both and compare their plans (kolplanner-cli compare --objective both).</source>
        <translation>从按准确度拟合的模型出发，再用历史帖子中“按其预测在预算内选出的 KOL 实际达到的效果”训练每个网络，同时保留准确度误差作为正则项，并在留出帖子不再改善时停止。在演示市场上，它的规划并不比按准确度拟合更好：一条帖子的结果大多取决于运气，任何模型都无法预见。在您自己的历史数据上，可以两种都拟合并比较它们的方案（kolplanner-cli compare --objective both）。</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="63"/>
        <source>In use: %1.</source>
        <translation>当前使用：%1。</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="64"/>
        <source>No model is fitted yet: planning needs one.</source>
        <translation>尚未拟合模型：规划需要模型。</translation>
    </message>
    <message>
        <location filename="../ui/FitDialog.cpp" line="69"/>
        <source>&amp;Fit</source>
        <translation>拟合(&amp;F)</translation>
    </message>
</context>
<context>
    <name>kol::GuideTour</name>
    <message>
        <location filename="../ui/GuideTour.cpp" line="18"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../ui/GuideTour.cpp" line="19"/>
        <location filename="../ui/GuideTour.cpp" line="92"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../ui/GuideTour.cpp" line="20"/>
        <source>Close the guide</source>
        <translation>关闭引导</translation>
    </message>
    <message>
        <location filename="../ui/GuideTour.cpp" line="90"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../ui/GuideTour.cpp" line="92"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>kol::MatrixView</name>
    <message>
        <location filename="../ui/MatrixView.cpp" line="188"/>
        <source>the clipboard holds no amounts</source>
        <translation>剪贴板中没有金额</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="200"/>
        <source>the pasted range (%1 × %2) runs past the matrix&apos;s cells</source>
        <translation>粘贴区域（%1 × %2）超出了矩阵的单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="219"/>
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="97"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="210"/>
        <source>pasted row %1, column %2: %3</source>
        <translation>粘贴的第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="246"/>
        <source>select a cell and the cells below it to fill</source>
        <translation>请选择一个单元格及其下方的单元格来填充</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="248"/>
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>向下填充 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="264"/>
        <source>Lock cells</source>
        <translation>锁定单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="264"/>
        <source>Unlock cells</source>
        <translation>解锁单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="279"/>
        <source>Enable cells</source>
        <translation>启用单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="279"/>
        <source>Disable cells</source>
        <translation>停用单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="285"/>
        <source>the minimum must be 0 or more and not above the maximum</source>
        <translation>最低值须不小于 0 且不高于最高值</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="294"/>
        <source>Set bounds</source>
        <translation>设置上下限</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="304"/>
        <source>a note holds at most %1 bytes of text</source>
        <translation>备注最多 %1 字节</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="311"/>
        <source>Remove notes</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="311"/>
        <source>Note on cells</source>
        <translation>单元格备注</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="325"/>
        <source>Note on %1</source>
        <translation>%1 的备注</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="327"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="328"/>
        <source>What to remember about this cell (empty: no note)</source>
        <translation>关于此单元格要记住的内容（留空：无备注）</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="336"/>
        <source>Note not changed: %1</source>
        <translation>备注未更改：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="349"/>
        <source>Bounds of %n cell(s)</source>
        <translation>
            <numerusform>%n 个单元格的上下限</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MatrixView.cpp" line="353"/>
        <source>%n selected cells</source>
        <translation>
            <numerusform>已选 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="359"/>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="365"/>
        <source>Minimum</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="366"/>
        <source>Maximum</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="380"/>
        <source>Minimum: %1</source>
        <translation>下限：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="382"/>
        <source>Maximum: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="384"/>
        <source>The minimum (%1) is above the maximum (%2)</source>
        <translation>下限（%1）高于上限（%2）</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="472"/>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="480"/>
        <source>Fill down</source>
        <translation>向下填充</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="417"/>
        <location filename="../ui/MatrixView.cpp" line="477"/>
        <source>Nothing pasted: %1</source>
        <translation>未粘贴：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="423"/>
        <location filename="../ui/MatrixView.cpp" line="482"/>
        <source>Nothing filled: %1</source>
        <translation>未填充：%1</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="436"/>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="467"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="467"/>
        <source>Lock at the current amount</source>
        <translation>按当前金额锁定</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="469"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="469"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="471"/>
        <source>Bounds…</source>
        <translation>上下限…</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="474"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/MatrixView.cpp" line="475"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
</context>
<context>
    <name>kol::PlanDocument</name>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="122"/>
        <location filename="../ui/PlanDocument.cpp" line="188"/>
        <source>a run is under way for this scenario</source>
        <translation>该情景正在运行中</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="125"/>
        <source>there is no such cell</source>
        <translation>没有这个单元格</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="128"/>
        <source>amounts are 0 or more</source>
        <translation>金额必须大于或等于 0</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="134"/>
        <source>%1 is locked at %2; unlock it to change its amount</source>
        <translation>%1 锁定在 %2；请先解锁再更改金额</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="137"/>
        <source>%1 is disabled; enable it to give it an amount</source>
        <translation>%1 已停用；请先启用再分配金额</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="157"/>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="222"/>
        <source>Allocate with %1</source>
        <translation>用 %1 分配</translation>
    </message>
    <message>
        <location filename="../ui/PlanDocument.cpp" line="240"/>
        <source>the market cannot be rebuilt</source>
        <translation>无法重建市场</translation>
    </message>
</context>
<context>
    <name>kol::ProjectWindow</name>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="64"/>
        <location filename="../ui/ProjectWindow.cpp" line="234"/>
        <source>KOL Planner</source>
        <translation>KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="81"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="82"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="83"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="84"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="94"/>
        <source>Scenarios</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="99"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="108"/>
        <source>Strategy matrix</source>
        <translation>策略矩阵</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="109"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="110"/>
        <source>Compare scenarios</source>
        <translation>情景对比</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="111"/>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="135"/>
        <source>Set the budget to %1</source>
        <translation>将预算设为 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="138"/>
        <location filename="../ui/ProjectWindow.cpp" line="143"/>
        <source>Budget not changed: %1</source>
        <translation>预算未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="298"/>
        <source>Not applied: the scenario changed after the rivals learned; open Compete with rivals again</source>
        <translation>未应用：竞争对手学习之后情景已更改；请重新打开“与竞争对手博弈”</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="304"/>
        <source>The plan learned against the rivals is on screen (Undo goes back)</source>
        <translation>针对竞争对手学得的计划已在屏幕上（撤销可返回）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="35"/>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="36"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="37"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="39"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="41"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="170"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="206"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="44"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="45"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="46"/>
        <source>Plan as &amp;CSV…</source>
        <translation>方案导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="47"/>
        <source>&amp;KOL list as CSV…</source>
        <translation>KOL 清单导出为 CSV(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="48"/>
        <source>Plan as &amp;Excel workbook…</source>
        <translation>方案导出为 Excel 工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="49"/>
        <source>&amp;Report as PDF…</source>
        <translation>报告导出为 PDF(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="126"/>
        <source> (and %1 more; hover for all)</source>
        <translation>（另有 %1 条；悬停查看全部）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="248"/>
        <source>the window was closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="268"/>
        <source>Set-up not applied: a run is under way for this scenario; cancel it first</source>
        <translation>设置未应用：该情景正在运行中，请先取消</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="299"/>
        <source>Export a PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="300"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="246"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="308"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="327"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="249"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="311"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="330"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="59"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="67"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="68"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="70"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="81"/>
        <source>Lock selected cells</source>
        <translation>锁定所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="81"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="83"/>
        <source>Unlock selected cells</source>
        <translation>解锁所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="83"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="85"/>
        <source>Disable selected cells</source>
        <translation>停用所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="86"/>
        <source>Enable selected cells</source>
        <translation>启用所选单元格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="89"/>
        <source>&amp;Plan</source>
        <translation>方案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="91"/>
        <source>Campaign &amp;set-up…</source>
        <translation>投放设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="91"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="93"/>
        <source>&amp;Allocate</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="93"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="94"/>
        <source>Compete with &amp;rivals…</source>
        <translation>与竞争对手博弈(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="95"/>
        <source>What the scenario&apos;s rival advertisers cost the plan on screen, and a plan learned against them (rivals: Campaign set-up › Competition)</source>
        <translation>情景的竞争对手让屏幕上的计划损失多少，以及针对它们学得的计划（竞争对手：投放设置 › 竞争）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="97"/>
        <source>&amp;Cancel the run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="103"/>
        <source>&amp;Fit the performance model…</source>
        <translation>拟合效果模型(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="104"/>
        <source>Fit the model every method plans with, for accuracy or for the budget decision</source>
        <translation>拟合所有方法规划时使用的模型：按准确度或按预算决策</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="156"/>
        <source>How to read the figures</source>
        <translation>如何阅读各项数字</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="173"/>
        <source>1. The budget</source>
        <translation>1. 预算</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="174"/>
        <source>This is the campaign&apos;s budget. Type it as you write it: 2000000, 2,000,000, 2m or 200万. The channels, phases and tiers are in Plan › Campaign set-up (Ctrl+E).</source>
        <translation>这是本次投放的预算。按习惯输入：2000000、2,000,000、2m 或 200万。渠道、阶段和层级在“方案 › 投放设置”中（Ctrl+E）。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="180"/>
        <source>2. The strategy matrix</source>
        <translation>2. 策略矩阵</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="181"/>
        <source>One row per channel and KOL tier, one column per phase. Type an amount into a cell (40k, 12%), lock cells you have agreed on (Ctrl+L) and set bounds from the right-click menu. Each cell says what its money buys; hover for details.</source>
        <translation>每行是一个渠道与 KOL 层级，每列是一个阶段。在单元格中输入金额（40k、12%），锁定已确定的单元格（Ctrl+L），在右键菜单中设置上下限。每个单元格都会显示这笔钱买到了什么；悬停查看详情。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="188"/>
        <source>3. Allocate</source>
        <translation>3. 分配</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="189"/>
        <source>Choose a method and press Allocate: the template, greedy, optimal or reinforcement learning spread the budget over the cells you left open. The figures above the matrix compare the plan with the expert template; hover any figure for what it means.</source>
        <translation>选择一种方法并点击“分配”：模板、贪心、最优或强化学习会把预算分配到您开放的单元格。矩阵上方的数字与专家模板对比；悬停任一数字可查看含义。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="196"/>
        <source>4. Compare scenarios</source>
        <translation>4. 比较情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="197"/>
        <source>Duplicate a scenario, change its budget or rules, and compare up to four saved scenarios side by side: effect, uplift, budget savings and where the money moved.</source>
        <translation>复制一个情景，修改其预算或规则，最多可并排比较四个已保存的情景：效果、提升、节省的预算以及资金的去向。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="106"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="50"/>
        <source>Import campaign &amp;actuals…</source>
        <translation>导入投放实际数据(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="51"/>
        <source>Record what the finished phases booked and reached (CSV: phase, channel, kol_id, format, spend, reach, engagements); Allocate then re-plans the phases still to come</source>
        <translation>记录已完成阶段实际投放的 KOL 与效果（CSV：phase, channel, kol_id, format, spend, reach, engagements）；之后“分配”只重新规划尚未开始的阶段</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="53"/>
        <source>Import &amp;past campaigns…</source>
        <translation>导入历史投放(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="54"/>
        <source>Replace the project&apos;s campaign history (CSV: campaign_id, phase, channel, tier, spend, reach, engagements); the offline method learns its plans from it</source>
        <translation>替换项目的历史投放（CSV：campaign_id, phase, channel, tier, spend, reach, engagements）；离线方法从中学习方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="56"/>
        <source>&amp;Record campaign actuals…</source>
        <translation>记录投放实际数据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="57"/>
        <source>Type what the finished phases booked and reached, starting from the plan&apos;s KOLs; Allocate then re-plans the phases still to come</source>
        <translation>从方案中的 KOL 开始，填写已结束阶段的投放与实际效果；之后“分配”会重新规划尚未开始的阶段</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="107"/>
        <source>&amp;Getting started</source>
        <translation>入门引导(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="108"/>
        <source>&amp;How to read the figures</source>
        <translation>如何阅读各项数字(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="110"/>
        <source>&amp;About KOL Planner</source>
        <translation>关于 KOL 投放规划(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="111"/>
        <source>About KOL Planner</source>
        <translation>关于 KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="112"/>
        <source>KOL Planner %1
Budget planning over channels, phases and KOL tiers.</source>
        <translation>KOL 投放规划 %1
按渠道、阶段和达人层级规划预算。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowActions.cpp" line="116"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="88"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="100"/>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="103"/>
        <source>New project: import KOLs and posts with kolplanner-cli import, then fit the model</source>
        <translation>新项目：请用 kolplanner-cli import 导入 KOL 和帖子，然后训练模型</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="99"/>
        <source>This scenario cannot be shown: %1</source>
        <translation>无法显示该情景：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="115"/>
        <source>No figures for this scenario: %1</source>
        <translation>该情景没有指标：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="59"/>
        <source>No scenario — create one with New</source>
        <translation>没有情景——请点击“新建”创建</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="59"/>
        <source>No project open — File › Open…</source>
        <translation>未打开项目——文件 › 打开…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · tier hierarchy %3 · max cell share %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 层级约束 %3 · 单格最高占比 %4</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="77"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="77"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="83"/>
        <source>Plan (%1):</source>
        <translation>方案（%1）：</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="84"/>
        <source>effect &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>效果 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="88"/>
        <source>spend %1 of %2</source>
        <translation>花费 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="89"/>
        <source>reach %1</source>
        <translation>触达 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="90"/>
        <source>engagements %1</source>
        <translation>互动 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="91"/>
        <source>penalty %1</source>
        <translation>罚分 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="94"/>
        <source>&lt;b&gt;%1&lt;/b&gt; vs template</source>
        <translation>相对模板 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="101"/>
        <source>unspent %1</source>
        <translation>未花出 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="112"/>
        <source>Breaks: %1</source>
        <translation>违反约束：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="113"/>
        <source> (and %1 more)</source>
        <translation>（另有 %1 条）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="125"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="131"/>
        <source>Plan (%1): no figures — %2</source>
        <translation>方案（%1）：无指标——%2</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="133"/>
        <source>the market could not be built</source>
        <translation>无法构建市场</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFigures.cpp" line="137"/>
        <source>%1 KOLs · %2 posts · %3</source>
        <translation>%1 个 KOL · %2 条帖子 · %3</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="229"/>
        <source>&apos;%1&apos; has unsaved edits; the comparison uses saved scenarios — save to include them.</source>
        <translation>“%1”有未保存的编辑；对比使用已保存的情景——保存后才会包含这些编辑。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="238"/>
        <source>%1%2 — KOL Planner</source>
        <translation>%1%2 — KOL 投放规划</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="109"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="133"/>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="125"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="162"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="163"/>
        <source>Scenario &apos;%1&apos; has unsaved changes. Save them?</source>
        <translation>情景“%1”有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="182"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="183"/>
        <source>KOL Planner projects (*.kolplan);;All files (*)</source>
        <translation>KOL 投放规划项目 (*.kolplan);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="188"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="343"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="197"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="89"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="198"/>
        <source>KOL Planner projects (*.kolplan)</source>
        <translation>KOL 投放规划项目 (*.kolplan)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="57"/>
        <source>another project was opened</source>
        <translation>打开了另一个项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="72"/>
        <source>the project was closed</source>
        <translation>项目已关闭</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="213"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="228"/>
        <source>there is no plan with figures to export</source>
        <translation>没有可导出的带指标方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="239"/>
        <source>Export the plan as an Excel workbook</source>
        <translation>将方案导出为 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="241"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="255"/>
        <source>there is no plan with figures to report</source>
        <translation>没有带指标的方案可生成报告</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="319"/>
        <source> KOLs</source>
        <translation> KOL 清单</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="319"/>
        <source> plan</source>
        <translation> 方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="321"/>
        <source>Export the KOL list</source>
        <translation>导出 KOL 清单</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowFiles.cpp" line="321"/>
        <source>Export the plan</source>
        <translation>导出方案</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="44"/>
        <source>Open a project and a scenario first.</source>
        <translation>请先打开项目并选择情景。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="47"/>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="88"/>
        <source>Not imported: the scenario has unsaved changes.</source>
        <translation>未导入：情景有未保存的修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectWindowCampaign.cpp" line="55"/>
        <source>%n bad row(s); nothing was recorded:</source>
        <translation>
            <numerusform>%n 行有误；未记录任何数据：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectWindowCampaign.cpp" line="61"/>
        <source>Recorded %n post(s) of the campaign; Allocate re-plans the phases still to come.</source>
        <translation>
            <numerusform>已记录本次投放的 %n 条帖子；“分配”将重新规划尚未开始的阶段。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="128"/>
        <source>Import the campaign&apos;s actuals</source>
        <translation>导入投放实际数据</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="114"/>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="129"/>
        <location filename="../ui/ProjectWindowFiles.cpp" line="322"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectWindowCampaign.cpp" line="75"/>
        <source>Learns from %n past campaign(s) in the project (%1 rows), which spent %2 to %3.</source>
        <translation>
            <numerusform>从项目中的 %n 个历史投放（%1 行）学习，其花费为 %2 至 %3。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="85"/>
        <source>Open a project first.</source>
        <translation>请先打开项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectWindowCampaign.cpp" line="97"/>
        <source>%n bad row(s); the campaign history is unchanged:</source>
        <translation>
            <numerusform>%n 行有误；历史投放未改变：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectWindowCampaign.cpp" line="106"/>
        <source>Imported %n row(s) of past campaigns; the offline method learns from them.</source>
        <translation>
            <numerusform>已导入 %n 行历史投放；离线方法将从中学习。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="113"/>
        <source>Import past campaigns</source>
        <translation>导入历史投放</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="122"/>
        <source>Past campaigns not imported</source>
        <translation>未导入历史投放</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="137"/>
        <source>Actuals not imported</source>
        <translation>实际数据未导入</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="148"/>
        <source>Cannot write a temporary file: %1</source>
        <translation>无法写入临时文件：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="164"/>
        <source>row %1:</source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="168"/>
        <source>the table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="178"/>
        <source>Actuals</source>
        <translation>实际数据</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="190"/>
        <source>Actuals not recorded</source>
        <translation>实际数据未记录</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="203"/>
        <source>%1 spent %2 (finished)</source>
        <translation>%1 已花费 %2（已完成）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="204"/>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowCampaign.cpp" line="206"/>
        <source>Running campaign, against the plan before: %1</source>
        <translation>投放进行中，相对此前方案：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="82"/>
        <source>the scenario was switched</source>
        <translation>已切换情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="153"/>
        <source>New scenario</source>
        <translation>新建情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="153"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="159"/>
        <source>Cannot create scenario</source>
        <translation>无法创建情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="169"/>
        <source>no scenario is open</source>
        <translation>没有打开的情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="172"/>
        <source>the copy needs a name</source>
        <translation>副本需要一个名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="190"/>
        <source>Duplicate scenario</source>
        <translation>复制情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="190"/>
        <source>Name of the copy</source>
        <translation>副本名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="190"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="195"/>
        <source>Cannot duplicate scenario</source>
        <translation>无法复制情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="204"/>
        <source>Rename scenario</source>
        <translation>重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="204"/>
        <source>New name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="210"/>
        <source>Cannot rename scenario</source>
        <translation>无法重命名情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="222"/>
        <source>Delete scenario</source>
        <translation>删除情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="223"/>
        <source>Delete scenario &apos;%1&apos; and its plans? This cannot be undone.</source>
        <translation>删除情景“%1”及其方案？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="228"/>
        <source>Cannot delete scenario</source>
        <translation>无法删除情景</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowScenarios.cpp" line="231"/>
        <source>the scenario was deleted</source>
        <translation>情景已删除</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="273"/>
        <location filename="../ui/ProjectWindow.cpp" line="281"/>
        <source>Set-up not applied: %1</source>
        <translation>设置未应用：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindow.cpp" line="278"/>
        <source>Edit the campaign set-up</source>
        <translation>编辑投放设置</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="41"/>
        <source>Cannot allocate: %1</source>
        <translation>无法分配：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="43"/>
        <source>no market for this scenario</source>
        <translation>该情景没有市场数据</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="48"/>
        <source>Cannot allocate: unknown method &apos;%1&apos;</source>
        <translation>无法分配：未知方法“%1”</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="81"/>
        <source>Allocating &apos;%1&apos; with %2…</source>
        <translation>正在用%2分配“%1”…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="87"/>
        <source>The %1 plan for &apos;%2&apos; was not applied: the scenario changed while it ran.</source>
        <translation>“%2”的 %1 方案未应用：运行期间情景已更改。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowRun.cpp" line="115"/>
        <source>Running for &apos;%1&apos;…</source>
        <translation>正在为“%1”运行…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="47"/>
        <source>Not fitted: a run is under way for &apos;%1&apos;; wait for it or cancel it first.</source>
        <translation>未拟合：“%1”正在运行；请等待其完成或先取消。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="51"/>
        <source>Not fitted: the scenario has unsaved changes.</source>
        <translation>未拟合：情景有未保存的修改。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="55"/>
        <source>Fitting the performance model…</source>
        <translation>正在拟合效果模型…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="56"/>
        <source>Fitting for the budget decision</source>
        <translation>按预算决策拟合</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="56"/>
        <source>Fitting for accuracy</source>
        <translation>按准确度拟合</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="79"/>
        <source>The model was fitted but could not be read back: %1</source>
        <translation>模型已拟合，但无法读回：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="86"/>
        <source>Model %1; every method now plans with it.</source>
        <translation>模型%1；所有方法现在都用它规划。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="88"/>
        <source> The accuracy fit it started from: R² %1, regret %2%.</source>
        <translation>其起点（按准确度拟合）：R² %1，遗憾 %2%。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="95"/>
        <source>Not fitted: %1</source>
        <translation>未拟合：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="96"/>
        <source>Fitting failed</source>
        <translation>拟合失败</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="96"/>
        <source>The model was not fitted: %1</source>
        <translation>模型未拟合：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="99"/>
        <source>Fitting cancelled; the model in use is kept.</source>
        <translation>拟合已取消；继续使用当前模型。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="100"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="115"/>
        <source>Network %1 of %2, budget decision check %3: held-out regret %4%</source>
        <translation>网络 %1/%2，预算决策检查 %3：留出遗憾 %4%</translation>
    </message>
    <message>
        <location filename="../ui/ProjectWindowModel.cpp" line="120"/>
        <source>Network %1 of %2, epoch %3: held-out loss %4</source>
        <translation>网络 %1/%2，第 %3 轮：留出损失 %4</translation>
    </message>
</context>
<context>
    <name>kol::ResultsPanel</name>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="55"/>
        <source>Allocation by channel</source>
        <translation>按渠道分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="56"/>
        <source>Allocation by phase</source>
        <translation>按阶段分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="57"/>
        <source>Allocation by tier</source>
        <translation>按层级分配</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="58"/>
        <source>Predicted reach by channel and phase</source>
        <translation>按渠道和阶段的预测触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="59"/>
        <source>Predicted engagements by channel and phase</source>
        <translation>按渠道和阶段的预测互动</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="62"/>
        <source>Value curve of the cell</source>
        <translation>单元格的价值曲线</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="62"/>
        <location filename="../ui/ResultsPanel.cpp" line="151"/>
        <location filename="../ui/ResultsPanel.cpp" line="152"/>
        <location filename="../ui/ResultsPanel.cpp" line="153"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="62"/>
        <source>value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Predicted reach</source>
        <translation>预测触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="68"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="70"/>
        <source>The KOL&apos;s id in the catalog</source>
        <translation>KOL 在名录中的编号</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="71"/>
        <source>The KOL&apos;s name</source>
        <translation>KOL 的名称</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="72"/>
        <source>Followers on the channel</source>
        <translation>该渠道的粉丝数</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="73"/>
        <source>The content format bought (one post)</source>
        <translation>购买的内容形式（一条帖子）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="74"/>
        <source>The price of one post in that format, in the campaign&apos;s currency</source>
        <translation>该形式一条帖子的价格（投放货币）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="75"/>
        <source>Predicted views of the post, from the performance model</source>
        <translation>该帖子的预测播放/阅读量，来自表现预测模型</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="76"/>
        <source>The post&apos;s composite score: weighted reach, engagements, follower quality, price efficiency and format fit (the campaign set-up&apos;s weights)</source>
        <translation>该帖子的综合评分：加权的触达、互动、粉丝质量、价格效率和形式匹配度（投放设置中的权重）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="84"/>
        <source>best combination</source>
        <translation>最佳组合</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="85"/>
        <source>chosen amount</source>
        <translation>选定金额</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="101"/>
        <source>Allocation and reach</source>
        <translation>分配与触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="102"/>
        <source>Savings</source>
        <translation>节省</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="104"/>
        <source>Effect against budget for every method: what each saves against the template, and where 1% more of the budget would go</source>
        <translation>各方法的效果随预算变化：相对模板各节省多少，以及多 1% 预算应投向哪里</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="149"/>
        <source>plan (%1)</source>
        <translation>方案（%1）</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="150"/>
        <source>expert template</source>
        <translation>专家模板</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="154"/>
        <source>reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="155"/>
        <source>engagements</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="169"/>
        <source>Select a cell of the matrix to see its KOLs</source>
        <translation>选择矩阵中的单元格以查看其 KOL</translation>
    </message>
    <message>
        <location filename="../ui/ResultsPanel.cpp" line="183"/>
        <source>What the cell&apos;s amount buys: the best KOL combination the model finds for it; the rest of the amount is unspent</source>
        <translation>单元格金额买到的内容：模型为其找到的最佳 KOL 组合；其余金额未花出</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ResultsPanel.cpp" line="185"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 buys %n KOL(s) for %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;：%2 可购买 %n 个 KOL，花费 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kol::RivalsEditor</name>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="44"/>
        <source>Rival</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="44"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="44"/>
        <source>Preferred channels</source>
        <translation>偏好渠道</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="44"/>
        <source>Preference ×</source>
        <translation>偏好倍数 ×</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="46"/>
        <source>The channels the rival prefers, separated by commas (e.g. Douyin, Xiaohongshu)</source>
        <translation>竞争对手偏好的渠道，用逗号分隔（例如 抖音, 小红书）</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="48"/>
        <source>How many times as much a post on a preferred channel is worth to the rival (0 to 100)</source>
        <translation>偏好渠道上的一条帖子对竞争对手的价值是其他渠道的几倍（0 到 100）</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="62"/>
        <source>Add rival</source>
        <translation>添加竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="63"/>
        <source>Remove rival</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="71"/>
        <source>Rival advertisers buy from the same KOLs as this scenario. They change no method&apos;s plan; Plan › Compete with rivals, the Compare tab and the PDF report show what they cost each plan, and a plan that holds up against them. At most %1 rivals.</source>
        <translation>竞争对手与本情景向同一批 KOL 采买。它们不改变任何方法的计划；方案 › 与竞争对手博弈、对比页和 PDF 报告会显示它们让每个计划损失多少，以及一个经得起竞争的计划。最多 %1 个竞争对手。</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="91"/>
        <source>Rival %1</source>
        <translation>竞争对手 %1</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="139"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="139"/>
        <source>preference</source>
        <translation>偏好倍数</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="141"/>
        <source>rival %1: %2 &apos;%3&apos; is not a number</source>
        <translation>竞争对手 %1：%2“%3”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/RivalsEditor.cpp" line="147"/>
        <source>rival %1: &apos;%2&apos; is not a channel of the project</source>
        <translation>竞争对手 %1：“%2”不是项目中的渠道</translation>
    </message>
</context>
<context>
    <name>kol::SavingsPanel</name>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="45"/>
        <source>Effect against budget</source>
        <translation>效果与预算</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="45"/>
        <source>budget (thousands)</source>
        <translation>预算（千）</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="45"/>
        <location filename="../ui/SavingsPanel.cpp" line="320"/>
        <source>effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="46"/>
        <source>Marginal return per channel</source>
        <translation>各渠道边际回报</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="47"/>
        <source>Compute savings curves</source>
        <translation>计算节省曲线</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="48"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="53"/>
        <source>Runs every method at 15 budgets from a quarter to twice the scenario&apos;s (the saved scenario) and marks where each reaches the template&apos;s effect: a few seconds to a minute</source>
        <translation>在情景预算的四分之一到两倍之间取 15 个预算运行每种方法（使用已保存的情景），并标出各方法达到模板效果的位置：需几秒到一分钟</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="56"/>
        <source>For the plan on screen: how much effect 1% of the budget more would add in each channel (put into its best open cell), and how much 1% less would cost (taken from the cell where it hurts least). Where more would go, and where cutting hurts least.</source>
        <translation>针对当前方案：每个渠道多 1% 预算（投入其最佳的开放单元格）能增加多少效果，少 1% 预算（从影响最小的单元格扣除）会损失多少。可看出追加预算该投向哪里、削减哪里损失最小。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="84"/>
        <source>Computing (%1%): %2</source>
        <translation>正在计算（%1%）：%2</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="101"/>
        <source>Cannot compute the curves: %1</source>
        <translation>无法计算曲线：%1</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="106"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="106"/>
        <source>Stopped: %1.</source>
        <translation>已停止：%1。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="125"/>
        <source>another scenario was opened</source>
        <translation>已打开另一个情景</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="166"/>
        <source>Open a project to see what each method saves.</source>
        <translation>打开项目以查看各方法的节省。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="168"/>
        <source>The curves use the scenario as saved: save first to include edits to it.</source>
        <translation>曲线使用已保存的情景：请先保存以包含对情景的修改。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="169"/>
        <source>Compute the curves to see the budget each method needs to match the template.</source>
        <translation>计算曲线，查看各方法达到模板效果所需的预算。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="172"/>
        <source>The scenario changed since these curves were computed (they show it as saved): save and compute again.</source>
        <translation>计算这些曲线后情景已更改（曲线显示的是已保存的情景）：请保存并重新计算。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="175"/>
        <source>Curves of the saved scenario &apos;%1&apos;.</source>
        <translation>已保存情景“%1”的曲线。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="192"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="192"/>
        <source>Looking for stored curves…</source>
        <translation>正在查找已保存的曲线…</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="249"/>
        <source>%1: model&apos;s band</source>
        <translation>%1：模型区间</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="254"/>
        <source>template&apos;s effect</source>
        <translation>模板效果</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="264"/>
        <source>%1; dashed: the template&apos;s effect at the full budget (%2); dotted: where each method reaches it; shaded: the model&apos;s band.</source>
        <translation>%1；虚线：模板在全额预算下的效果（%2）；点线：各方法达到该效果的位置；阴影：模型区间。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="280"/>
        <source>%1 reaches the template&apos;s effect with %2 (saves %3)</source>
        <translation>%1 用 %2 达到模板效果（节省 %3）</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="287"/>
        <source>%1 reaches the template&apos;s effect (%2) with %3 instead of %4: saves %5 (%6); with the full budget it reaches %7 (%8).</source>
        <translation>%1 用 %3（而非 %4）即达到模板效果（%2）：节省 %5（%6）；用全额预算可达到 %7（%8）。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="293"/>
        <source>%1 has no saving: %2.</source>
        <translation>%1 没有节省：%2。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="296"/>
        <source>%1 has no point at %2.</source>
        <translation>%1 在 %2 处没有数据点。</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="320"/>
        <source>1% more</source>
        <translation>多 1%</translation>
    </message>
    <message>
        <location filename="../ui/SavingsPanel.cpp" line="320"/>
        <source>1% less</source>
        <translation>少 1%</translation>
    </message>
</context>
<context>
    <name>kol::SetupDialog</name>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="98"/>
        <source>Tier hierarchy (Head ≥ Mid ≥ Tail in each channel and phase)</source>
        <translation>层级约束（每个渠道和阶段内 头部 ≥ 腰部 ≥ 尾部）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="106"/>
        <source>Campaign set-up: %1</source>
        <translation>投放设置：%1</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="110"/>
        <source>Budget not changed: %1</source>
        <translation>预算未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="118"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="118"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="118"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="119"/>
        <source>The phase&apos;s first day, YYYY-MM-DD</source>
        <translation>阶段的第一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="120"/>
        <source>The phase&apos;s last day, YYYY-MM-DD</source>
        <translation>阶段的最后一天，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="129"/>
        <source>Add phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="130"/>
        <source>Remove phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="138"/>
        <source>Reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="138"/>
        <source>Engagement</source>
        <translation>互动</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="138"/>
        <source>Follower quality</source>
        <translation>粉丝质量</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="139"/>
        <source>Price efficiency</source>
        <translation>价格效率</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="139"/>
        <source>Format fit</source>
        <translation>形式匹配度</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="142"/>
        <source>Composite score weights</source>
        <translation>综合评分权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="153"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="154"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="155"/>
        <source>Max cell share</source>
        <translation>单格最高占比</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="157"/>
        <source>Phases</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="165"/>
        <source>Channels, tiers and formats (tick; drag to reorder)</source>
        <translation>渠道、层级和内容形式（勾选；拖动调整顺序）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="170"/>
        <source>None ticked: every format</source>
        <translation>都不勾选：允许所有形式</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="171"/>
        <source>Channel share bounds (%)</source>
        <translation>渠道占比上下限（%）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="173"/>
        <source>Expert template weights</source>
        <translation>专家模板权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="188"/>
        <source>Campaign</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="189"/>
        <source>Competition</source>
        <translation>竞争</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="205"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="205"/>
        <source>Min %</source>
        <translation>最低 %</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="205"/>
        <source>Max %</source>
        <translation>最高 %</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="220"/>
        <source>Axis</source>
        <translation>维度</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="220"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="220"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="228"/>
        <location filename="../ui/SetupDialog.cpp" line="301"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="231"/>
        <location filename="../ui/SetupDialog.cpp" line="302"/>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="234"/>
        <source>tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="318"/>
        <source>phase %1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>第 %1 个阶段：“%2”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="325"/>
        <source>channel share of %1: &apos;%2&apos; is not a number</source>
        <translation>%1 的渠道占比：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="332"/>
        <source>template weight of %1: &apos;%2&apos; is not a number</source>
        <translation>%1 的模板权重：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/SetupDialog.cpp" line="348"/>
        <source>Not applied:</source>
        <translation>未应用：</translation>
    </message>
</context>
<context>
    <name>kol::StrategyMatrixModel</name>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="102"/>
        <location filename="../ui/StrategyMatrixModel.cpp" line="142"/>
        <source>unspent %1</source>
        <translation>未花出 %1</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="117"/>
        <source>Total allocated: %1 of the budget %2</source>
        <translation>已分配合计：%1 / 预算 %2</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="118"/>
        <source>Total: %1 (%2 of the budget)</source>
        <translation>合计：%1（占预算 %2）</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="121"/>
        <source>Spent on KOLs: %1; unspent: %2</source>
        <translation>KOL 花费：%1；未花出：%2</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="140"/>
        <source>buys nothing</source>
        <translation>买不到 KOL</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="198"/>
        <source>Amount %1 (%2 of the budget)</source>
        <translation>金额 %1（占预算 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StrategyMatrixModel.cpp" line="201"/>
        <source>Spent on %n KOL(s): %1; unspent %2</source>
        <translation>
            <numerusform>%n 个 KOL 花费：%1；未花出 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="204"/>
        <source>%1 of the amount is the model&apos;s rounding of the KOLs&apos; prices (at most %2 per KOL): it buys nothing more</source>
        <translation>金额中的 %1 是模型对 KOL 价格的取整（每个 KOL 最多 %2）：它买不到更多</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="211"/>
        <source>Buys nothing: the cheapest KOL here costs %1</source>
        <translation>买不到 KOL：这里最便宜的 KOL 也要 %1</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="212"/>
        <source>Buys nothing: the catalog has no KOL for this cell</source>
        <translation>买不到 KOL：名录中没有适合此单元格的 KOL</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="214"/>
        <source>Unspent: the next KOL that would add value does not fit in what is left</source>
        <translation>未花出：下一个能增加价值的 KOL 放不进剩余金额</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="216"/>
        <source>Predicted effect %1 · reach %2 · engagements %3</source>
        <translation>预测效果 %1 · 触达 %2 · 互动 %3</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="233"/>
        <source>Totals are sums of the cells; type into a cell</source>
        <translation>合计是各单元格之和；请在单元格中输入</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="238"/>
        <source>%1 is disabled: enable it (Edit › Enable selected cells) to give it an amount</source>
        <translation>%1 已停用：请先启用（编辑 › 启用所选单元格）再分配金额</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="242"/>
        <source>%1 is locked at %2: unlock it (Ctrl+Shift+L) to change its amount</source>
        <translation>%1 锁定在 %2：请先解锁（Ctrl+Shift+L）再更改金额</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="246"/>
        <source>A run is under way for this scenario: wait for it or cancel it (Esc)</source>
        <translation>该情景正在运行：请等待或取消（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="258"/>
        <source>This is not a cell of the matrix</source>
        <translation>这不是矩阵中的单元格</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="272"/>
        <source>the amount could not be set</source>
        <translation>无法设置该金额</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="302"/>
        <source>Each row&apos;s total over the phases</source>
        <translation>每行各阶段的合计</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/StrategyMatrixModel.cpp" line="306"/>
        <source>Phase %1: %2 to %3 (%n day(s))</source>
        <translation>
            <numerusform>阶段 %1：%2 至 %3（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="319"/>
        <source>Each phase&apos;s total over the channels and tiers</source>
        <translation>每个阶段各渠道和层级的合计</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="325"/>
        <source>%1: one row per channel and KOL tier</source>
        <translation>%1：每行是一个渠道与 KOL 层级</translation>
    </message>
    <message>
        <location filename="../ui/StrategyMatrixModel.cpp" line="302"/>
        <location filename="../ui/StrategyMatrixModel.cpp" line="319"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
</TS>
