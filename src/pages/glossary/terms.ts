/**
 * The glossary's terms: words of the budget-disclosure template (any department, any year),
 * each with its anchor on /glossary, its English, a one-line gloss (the `title` of a link to
 * it) and a plain explanation. Data, not markup: the glossary page and the Term links read it.
 */

export interface GlossaryTerm {
  /** Anchor on /glossary (ASCII, stable: pages link to it). */
  id: string;
  /** The term as the documents print it. */
  zh: string;
  /** Other spellings the documents use for the same thing. */
  aliases: readonly string[];
  en: string;
  /** One sentence: the title of a link to the term. */
  short: string;
  /** Two to four sentences. */
  explanation: string;
  /** The one-line gloss in Chinese (the Chinese pages' link title). */
  shortZh: string;
  /** The explanation in Chinese, written for a reader of the documents (not a translation of the English). */
  explanationZh: string;
}

export const TERMS: readonly GlossaryTerm[] = [
  {
    id: "department-budget",
    zh: "部门预算",
    aliases: [],
    en: "Department budget",
    short: "A government department's plan of revenue and spending for one year, published before the year starts.",
    explanation:
      "The department budget is the plan of everything a government department expects to receive and spend in one fiscal year (the calendar year in China). It is approved by the local people's congress and then disclosed in a fixed set of tables. The final accounts (决算) published after the year report what was actually spent.",
    shortZh: "一个部门一年的收支计划，在年度开始前公开。",
    explanationZh:
      "部门预算是一个政府部门对一个财政年度（我国为公历年度）内全部收入和支出的安排，经本级人民代表大会批准后，按统一格式的一组表格向社会公开。年度结束后公开的部门决算，反映的是实际收支。",
  },
  {
    id: "basic-expenditure",
    zh: "基本支出",
    aliases: [],
    en: "Basic expenditure",
    short: "Spending that keeps the department running: staff pay and benefits, office costs, pensions and other personal subsidies.",
    explanation:
      "Basic expenditure is the money a department needs just to operate: wages and benefits of its staff, the day-to-day costs of its offices, and subsidies to retired staff and other individuals. It recurs every year and is set by headcount and standard rates. Everything else is project expenditure.",
    shortZh: "保障部门正常运转的支出：人员工资福利、办公经费、离退休人员费用等。",
    explanationZh:
      "基本支出是部门维持日常运转所必需的钱：在职人员的工资福利、机关日常办公的开销，以及离退休人员等个人的补助。它按人员编制和定额标准核定，每年都要发生。基本支出以外的都是项目支出。",
  },
  {
    id: "project-expenditure",
    zh: "项目支出",
    aliases: [],
    en: "Project expenditure",
    short: "Spending on specific tasks beyond day-to-day running, each with its own project sheet and performance goals.",
    explanation:
      "Project expenditure is money for particular tasks a department carries out beyond its routine running: subsidies to firms, campaigns, studies, events. Each project has a sheet (项目支出绩效目标表) with its amount, purpose and performance indicators. The document splits it into general projects (一般性项目) and special funds (专项资金).",
    shortZh: "为完成特定工作任务、在日常运转之外安排的支出，每个项目有自己的绩效目标表。",
    explanationZh:
      "项目支出是部门在日常运转之外，为完成特定任务安排的资金，例如对企业的补助、专项活动、课题研究、会议展会等。每个项目有一张项目支出绩效目标表，列明金额、用途和绩效指标。公开文件把项目支出分为一般性项目和专项资金两部分。",
  },
  {
    id: "salaries",
    zh: "工资福利支出",
    aliases: [],
    en: "Wages and benefits",
    short: "Pay of the department's staff: salaries, allowances, bonuses, social insurance and housing fund contributions.",
    explanation:
      "Wages and benefits are the staff costs of a department: basic salaries, allowances and bonuses, and the employer's contributions to pension, medical insurance and the housing provident fund. They are the largest part of basic expenditure in most departments.",
    shortZh: "在职人员的薪酬：基本工资、津贴补贴、奖金、社会保险和住房公积金缴费等。",
    explanationZh:
      "工资福利支出是部门的人员经费：基本工资、津贴补贴、奖金，以及单位为职工缴纳的养老保险、医疗保险和住房公积金等。在多数部门，它是基本支出中最大的一块。",
  },
  {
    id: "goods-and-services",
    zh: "商品和服务支出",
    aliases: ["公用经费"],
    en: "Goods and services (office running costs)",
    short: "What running the offices costs: utilities, supplies, travel, meetings, training, maintenance; within basic expenditure called 公用经费.",
    explanation:
      "Goods and services spending buys what an office consumes: electricity and water, stationery, printing, travel, meetings, training, repairs and vehicle running. Within basic expenditure the documents call it 公用经费 (public or office running costs). Projects can also buy goods and services, under the same economic classification.",
    shortZh: "机关运转的日常开销：水电、办公用品、差旅、会议、培训、维修等；在基本支出中称为公用经费。",
    explanationZh:
      "商品和服务支出是机关日常消耗的开销：水电费、办公用品、印刷费、差旅费、会议费、培训费、维修费和公务用车运行费等。在基本支出中，公开文件把这部分叫作公用经费。项目也可以有商品和服务支出，经济分类相同。",
  },
  {
    id: "subsidies-to-individuals",
    zh: "对个人和家庭的补助",
    aliases: ["对个人和家庭的补助支出"],
    en: "Subsidies to individuals and families",
    short: "Payments to people rather than for staff work: pensions of retired staff, living allowances, medical and other subsidies.",
    explanation:
      "Subsidies to individuals and families are payments a department makes to people without buying their work: pensions and allowances of retired staff, survivors' benefits, medical subsidies, awards. In basic expenditure they are mostly the costs of retired staff; a project may also pay such subsidies.",
    shortZh: "直接发给个人的钱，而不是购买服务：离退休费、生活补助、医疗补助等。",
    explanationZh:
      "对个人和家庭的补助是部门直接支付给个人、并不换取劳务的款项：离退休人员的离退休费和补贴、抚恤金、医疗补助、奖励金等。在基本支出中主要是离退休人员的费用；项目中也可能有这类补助。",
  },
  {
    id: "fiscal-appropriation",
    zh: "财政拨款",
    aliases: ["其中：财政拨款"],
    en: "Fiscal appropriation",
    short: "Money the treasury at the same level of government grants the department this year.",
    explanation:
      "A fiscal appropriation is money the finance bureau of the department's own level of government grants it out of the budget. It is the main source of funds of most departments, and the documents have a separate summary table for it (财政拨款收支总体情况表). Revenue the department raises itself or receives from higher levels is not part of it.",
    shortZh: "本级财政当年拨给部门的资金。",
    explanationZh:
      "财政拨款是本级政府财政部门从预算中拨付给部门的资金，是多数部门最主要的资金来源，公开文件为它单独列了一张财政拨款收支总体情况表。部门自己取得的收入（如事业收入）和上级补助不属于财政拨款。",
  },
  {
    id: "general-public-budget",
    zh: "一般公共预算",
    aliases: ["一般公共预算收入"],
    en: "General public budget",
    short: "The main budget of a government, funded by taxes and general revenue, for its ordinary functions.",
    explanation:
      "The general public budget is the main of China's four government budgets, financed mostly by taxes. It pays for the ordinary functions of government: administration, education, science, social security and so on. Most of a department's money usually comes from it.",
    shortZh: "政府的主要预算，主要来自税收，用于政府的一般职能。",
    explanationZh:
      "一般公共预算是我国四本政府预算中最主要的一本，收入主要来自税收，用于行政管理、教育、科学技术、社会保障等政府的日常职能。大多数部门的钱主要来自一般公共预算。",
  },
  {
    id: "government-funds",
    zh: "政府性基金",
    aliases: ["政府性基金收入", "政府性基金预算"],
    en: "Government funds",
    short: "Revenue earmarked by law for particular purposes (e.g. land sales for urban construction), budgeted apart from the general budget.",
    explanation:
      "Government funds are revenues collected for a purpose fixed by law, such as proceeds of land-use rights for urban construction or lottery funds for welfare and sport. They form a budget of their own (政府性基金预算) and can only be spent on their purpose. Many departments have none, and then the table is published empty.",
    shortZh: "依法专门征收、专款专用的收入（如土地出让收入），与一般公共预算分开编列。",
    explanationZh:
      "政府性基金是依照法律法规为特定用途征收的收入，例如用于城市建设的国有土地使用权出让收入、用于社会福利和体育事业的彩票公益金。它单独编成政府性基金预算，只能用于规定的用途。很多部门没有这类资金，这时相应的表格公开为空表。",
  },
  {
    id: "state-capital-budget",
    zh: "国有资本经营预算",
    aliases: ["国有资本经营预算收入"],
    en: "State capital operations budget",
    short: "The budget of the profits of state-owned enterprises and how they are reinvested or spent.",
    explanation:
      "The state capital operations budget collects the profits and dividends that state-owned enterprises pay to the government, and spends them mainly on those enterprises (restructuring, capital injections) or transfers part to the general budget. It is the third of the four government budgets; most departments have no share in it.",
    shortZh: "国有企业上缴利润的收支预算，主要用于国有企业本身或调入一般公共预算。",
    explanationZh:
      "国有资本经营预算收取国有企业上缴的利润和股利，主要用于国有企业的改革、注资等，也有一部分调入一般公共预算。它是四本政府预算中的一本，大多数部门不涉及。",
  },
  {
    id: "carryover",
    zh: "部门结转",
    aliases: ["上年结转", "上年结余（结转）"],
    en: "Carry-over from last year",
    short: "Money of earlier years' budgets not yet spent, carried into this year and spent on top of this year's revenue.",
    explanation:
      "A carry-over is money a department was given in earlier years for a purpose and has not yet spent; it is carried into this year to be spent on the same purpose. It appears on the revenue side next to this year's revenue (本年合计), so total revenue equals this year's revenue plus the carry-over. Spending funded by it counts in the expenditure totals, which is why project expenditure can exceed the sum of this year's project sheets.",
    shortZh: "以前年度安排但尚未用完、结转到本年继续使用的资金。",
    explanationZh:
      "部门结转是以前年度已经安排给部门、但还没有花完的钱，结转到本年继续用于原定用途。它列在收入方，与本年收入（本年合计）并列，所以收入合计等于本年收入加上结转。用结转资金安排的支出计入支出合计，这就是项目支出可能大于各项目本年度金额之和的原因。",
  },
  {
    id: "three-public-expenses",
    zh: "三公经费",
    aliases: ["“三公”经费"],
    en: "The three public expenses",
    short: "Official travel abroad (因公出国（境）费), official cars (公务用车购置及运行费) and official hospitality (公务接待费).",
    explanation:
      "The three public expenses are the spending items the public watches most closely: travel abroad on official business (因公出国（境）费), buying and running official vehicles (公务用车购置及运行费), and official hospitality (公务接待费). Every department discloses them in a table of their own, and governments aim to keep them falling.",
    shortZh: "因公出国（境）费、公务用车购置及运行费和公务接待费三项支出。",
    explanationZh:
      "三公经费是社会最关注的三项支出：因公出国（境）费、公务用车购置及运行费、公务接待费。每个部门都要用一张专门的表格公开这三项，各级政府的要求是只减不增。",
  },
  {
    id: "functional-classification",
    zh: "功能分类",
    aliases: ["类/款/项", "类", "款", "项", "支出功能分类科目"],
    en: "Functional classification (class, section, item)",
    short: "What spending is for, in three levels: 类 (class, 3 digits), 款 (section, 5 digits), 项 (item, 7 digits).",
    explanation:
      "The functional classification says what money is spent for, such as education or science and technology. It has three levels: the class (类, a 3-digit code such as 206 科学技术支出), the section (款, 5 digits) and the item (项, 7 digits). The Ministry of Finance publishes the list each year; the documents print the codes in separate 类, 款 and 项 columns.",
    shortZh: "钱花在什么事情上，分类、款、项三级：类 3 位编码，款 5 位，项 7 位。",
    explanationZh:
      "支出功能分类说明钱用于什么事务，例如教育、科学技术。它分三级：类（3 位编码，如 206 科学技术支出）、款（5 位）和项（7 位）。财政部每年公布科目表；公开文件把编码分成类、款、项三栏印出。",
  },
  {
    id: "economic-classification",
    zh: "经济分类",
    aliases: ["支出经济分类"],
    en: "Economic classification",
    short: "What spending buys: wages, goods and services, subsidies to individuals, capital spending and so on.",
    explanation:
      "The economic classification says what kind of thing money buys, independently of its purpose: staff pay, goods and services, subsidies to individuals and families, capital investment, subsidies to enterprises. The same spending thus has a functional class (what for) and an economic class (on what). The basic-expenditure columns of the tables follow the economic classification.",
    shortZh: "钱买的是什么：工资、商品和服务、对个人的补助、资本性支出等。",
    explanationZh:
      "支出经济分类说明钱用来购买什么，与用途无关：人员工资、商品和服务、对个人和家庭的补助、资本性支出、对企业补助等。同一笔支出因此既有功能分类（干什么），又有经济分类（花在哪类东西上）。表中基本支出的各栏就是按经济分类列的。",
  },
  {
    id: "indicator-levels",
    zh: "一级/二级/三级指标",
    aliases: ["一级指标", "二级指标", "三级指标"],
    en: "Level 1, 2 and 3 indicators",
    short: "The three levels of a performance indicator: the broad dimension (e.g. output), the aspect (e.g. quantity) and the measurable indicator itself.",
    explanation:
      "Performance indicators are grouped in three levels. The first level is a broad dimension such as output (产出指标) or effect (效益指标); the second is an aspect of it, such as quantity, quality or timeliness; the third level is the concrete indicator with a target value, for example a completion rate of at least 95%.",
    shortZh: "绩效指标的三个层级：一级是大的方面（如产出），二级是其中某一方面（如数量），三级是可以衡量的具体指标。",
    explanationZh:
      "绩效指标分三级。一级指标是大的维度，如产出指标、效益指标；二级指标是其中的一个方面，如数量、质量、时效；三级指标是带目标值的具体指标，例如“完成率不低于95%”。",
  },
  {
    id: "performance-goals",
    zh: "绩效目标",
    aliases: [],
    en: "Performance goals",
    short: "What the money is meant to achieve in the year, stated with measurable indicators and targets.",
    explanation:
      "Performance goals state what a department or a project intends to achieve with its budget in the year. They are broken down into indicators with target values, against which the spending is evaluated afterwards. The documents publish an overall goal sheet for the department and one sheet per project.",
    shortZh: "这笔钱一年内要达到什么效果，用可以衡量的指标和目标值来表述。",
    explanationZh:
      "绩效目标说明部门或项目在这一年要用预算资金做成什么。它被分解为带目标值的指标，年度结束后据此评价资金使用的效果。公开文件有一张部门整体绩效目标表，每个项目另有一张项目支出绩效目标表。",
  },
  {
    id: "previous-year",
    zh: "上年度",
    aliases: ["上年"],
    en: "Previous year",
    short: "The fiscal year before the budget's year; its figures are printed for comparison.",
    explanation:
      "The previous year is the fiscal year before the one the budget is for. Project sheets print last year's amount beside this year's, so the change can be seen; a blank there means the document does not give one. Figures of the previous year are never added to this year's.",
    shortZh: "预算年度的前一年；其数字印出来是为了比较。",
    explanationZh:
      "上年度是预算所属年度的前一年。项目表在本年度金额旁边列出上年度金额，便于看出增减；空白表示原文没有给出。上年度的数字不能和本年度的相加。",
  },
  {
    id: "wan-yuan",
    zh: "万元",
    aliases: [],
    en: "Ten thousand yuan",
    short: "The unit of the amounts: 1 万元 = 10,000 yuan (CNY).",
    explanation:
      "万 is the Chinese unit of ten thousand, so 1 万元 is 10,000 yuan. Budget documents print amounts in 万元 with up to two decimals, so 0.01 万元 is 100 yuan. This site keeps the amounts exactly as printed.",
    shortZh: "金额的单位：1 万元 = 10,000 元。",
    explanationZh:
      "“万”是一万，所以 1 万元就是 10,000 元。预算文件的金额以万元为单位，最多两位小数，0.01 万元就是 100 元。本站的金额与原文完全一致。",
  },
];

const byId = new Map(TERMS.map((t) => [t.id, t]));
const byWord = new Map(TERMS.flatMap((t) => [t.zh, ...t.aliases].map((w) => [w, t] as const)));

/** The term with this anchor (an unknown id is a programming error: Term links only to terms that exist). */
export function termById(id: string): GlossaryTerm {
  const t = byId.get(id);
  if (!t) throw new Error(`No glossary term '${id}'`);
  return t;
}

/** The term a printed label is (exactly, or as one of its spellings), if any. */
export function termOfLabel(label: string): GlossaryTerm | undefined {
  return byWord.get(label.trim());
}
