/**
 * Made-up publishing bodies, assembled from parts: a city, a made-up district, a department type.
 * Each type knows its main 款 (where 行政运行 and its projects are booked) and has its own duties
 * wording (written for the generator; no sentence is taken from a real disclosure).
 */
import type { Rng } from './prng.js';

export type Region = 'beijing' | 'shanghai' | 'national';

export interface DeptType {
  /** Name after the district: `统计局`. */
  name: string;
  /** The field of work, used in duties and project names. */
  domain: string;
  /** Main 款 (5 digits). */
  kuan: string;
  /** Project 项 codes under the main 款 (besides 一般行政管理事务 = kuan + '02'). */
  projects: string[];
  /** Whether 事业运行 (kuan + '50') exists in the catalogue for this 款. */
  hasInstitution: boolean;
  /** Verbs/objects for the duties list. */
  tasks: string[];
  /** Project names. */
  projectNames: string[];
}

export const DEPT_TYPES: readonly DeptType[] = [
  {
    name: '统计局', domain: '统计', kuan: '20105', projects: ['2010505', '2010507', '2010508'], hasInstitution: true,
    tasks: ['组织实施本区统计调查和统计监测', '管理和公布本区统计数据', '开展国民经济和社会发展情况的统计分析', '指导全区统计基础工作和统计信息化建设'],
    projectNames: ['经济普查工作经费', '统计抽样调查经费', '统计数据质量核查经费', '统计信息系统运维经费', '专项统计调查经费'],
  },
  {
    name: '财政局', domain: '财政', kuan: '20106', projects: ['2010607', '2010608'], hasInstitution: true,
    tasks: ['编制年度预决算草案并组织执行', '管理政府采购和国有资产', '实施预算绩效管理', '监督财政资金使用和会计工作'],
    projectNames: ['预算评审委托经费', '财政信息系统运维经费', '绩效评价委托业务经费', '政府采购监管经费', '会计监督检查经费'],
  },
  {
    name: '审计局', domain: '审计', kuan: '20108', projects: ['2010804', '2010805'], hasInstitution: false,
    tasks: ['组织实施预算执行和其他财政收支审计', '开展经济责任审计', '对重大投资项目开展审计监督', '指导内部审计工作'],
    projectNames: ['审计业务委托经费', '审计信息化建设经费', '投资审计中介服务经费', '审计专项工作经费'],
  },
  {
    name: '发展和改革委员会', domain: '发展改革', kuan: '20104', projects: ['2010404', '2010408', '2010499'], hasInstitution: true,
    tasks: ['拟订本区国民经济和社会发展规划', '统筹推进重大项目建设', '监测经济运行并提出调控建议', '组织推进价格管理工作'],
    projectNames: ['发展规划编制经费', '重大项目前期研究经费', '价格监测工作经费', '经济运行分析经费'],
  },
  {
    name: '商务局', domain: '商务', kuan: '20113', projects: ['2011308', '2011399'], hasInstitution: false,
    tasks: ['拟订本区商贸发展规划', '组织开展招商引资和投资促进', '推动消费市场建设', '做好外经贸服务工作'],
    projectNames: ['招商引资活动经费', '消费促进活动经费', '商贸信息服务经费', '营商环境宣传经费'],
  },
  {
    name: '档案馆', domain: '档案', kuan: '20126', projects: ['2012604'], hasInstitution: false,
    tasks: ['集中统一管理本区档案', '开展档案接收、征集和保管', '组织档案编研和开放利用', '指导机关档案工作'],
    projectNames: ['档案数字化加工经费', '档案库房运维经费', '档案征集编研经费'],
  },
  {
    name: '人民政府办公室', domain: '政务服务', kuan: '20103', projects: ['2010303', '2010305', '2010308', '2010399'], hasInstitution: true,
    tasks: ['协助区政府领导处理日常工作', '组织起草和审核区政府公文', '督促检查区政府决定事项的落实', '推进政务公开和政务信息工作'],
    projectNames: ['督查督办工作经费', '会议保障服务经费', '政务信息化运维经费', '应急值守工作经费', '建议提案办理经费'],
  },
  {
    name: '人民政府外事办公室', domain: '外事', kuan: '20103', projects: ['2010302', '2010399'], hasInstitution: false,
    tasks: ['贯彻执行国家外事工作方针政策', '归口管理因公出国（境）事务', '组织协调对外交流和友好城市工作', '负责涉外事务的协调处理'],
    projectNames: ['国际交流活动经费', '友好城市交往经费', '外事工作业务经费', '因公出入境管理经费'],
  },
  {
    name: '司法局', domain: '司法行政', kuan: '20406', projects: ['2040604', '2040605', '2040610', '2040612'], hasInstitution: true,
    tasks: ['推进法治政府建设', '组织开展普法宣传教育', '指导人民调解和基层法律服务', '负责社区矫正工作'],
    projectNames: ['普法宣传经费', '人民调解工作经费', '社区矫正工作经费', '公共法律服务经费', '法治建设专项经费'],
  },
  {
    name: '科学技术委员会', domain: '科技', kuan: '20601', projects: ['2060102'], hasInstitution: false,
    tasks: ['拟订本区科技发展规划', '组织实施科技创新项目', '推动科技成果转化', '开展科学技术普及工作'],
    projectNames: ['科技创新服务经费', '科普活动经费', '科技项目评审经费', '创新平台运维经费'],
  },
  {
    name: '文化和旅游局', domain: '文化旅游', kuan: '20701', projects: ['2070109', '2070199'], hasInstitution: true,
    tasks: ['拟订本区文化和旅游发展规划', '组织群众文化活动', '管理文化和旅游市场', '推进公共文化服务体系建设'],
    projectNames: ['群众文化活动经费', '文旅宣传推广经费', '公共文化设施运维经费', '非遗保护工作经费'],
  },
  {
    name: '人力资源和社会保障局', domain: '人力社保', kuan: '20801', projects: ['2080102', '2080109'], hasInstitution: true,
    tasks: ['拟订本区就业和人才发展规划', '组织实施社会保险政策', '协调劳动关系和劳动保障监察', '推进公共就业服务'],
    projectNames: ['就业服务工作经费', '劳动保障监察经费', '社保经办服务经费', '人才服务工作经费'],
  },
  {
    name: '民政局', domain: '民政', kuan: '20802', projects: ['2080202', '2080208'], hasInstitution: true,
    tasks: ['拟订本区民政事业发展规划', '负责社会救助和养老服务管理', '指导基层政权建设和社区治理', '管理社会组织登记'],
    projectNames: ['社区治理工作经费', '社会组织管理经费', '养老服务监管经费', '社会救助工作经费'],
  },
  {
    name: '城市管理委员会', domain: '城市管理', kuan: '21201', projects: ['2120102', '2120104', '2120199'], hasInstitution: false,
    tasks: ['拟订本区城市管理规划', '组织市容环境整治', '指导城管执法工作', '推进城市精细化管理'],
    projectNames: ['市容环境整治经费', '城管执法保障经费', '城市运行监测经费', '环境卫生管理经费'],
  },
  {
    name: '应急管理局', domain: '应急管理', kuan: '22401', projects: ['2240102', '2240106'], hasInstitution: true,
    tasks: ['组织编制本区应急预案', '指导安全生产监督管理', '统筹应急救援力量建设', '组织开展防灾减灾工作'],
    projectNames: ['安全生产检查经费', '应急演练工作经费', '应急物资储备经费', '防灾减灾宣传经费'],
  },
];

const DISTRICT_A = ['青', '明', '松', '云', '枫', '临', '望', '清', '银', '兰', '柳', '桐', '檀', '栖'];
/** Second characters chosen so that the names stay fictional (no real city or district is named 青岚, 松屿 …). */
const DISTRICT_B = ['岚', '杉', '汀', '屿', '澜', '湖', '桥'];
const PROVINCES = ['江南省', '东海省', '西岭省', '北原省'];

export interface Org {
  region: Region;
  city: string;
  district: string;
  dept: DeptType;
  /** Full name, e.g. `北京市青岚区统计局`. */
  name: string;
  /** Short form used in running text: `区统计局`. */
  short: string;
  /** Level word for duties (`本区`, `全市`). */
  area: string;
  /** For unit-scope documents: the unit's name (the department's 本级). */
  unitName: string;
}

export function makeOrg(rng: Rng, region: Region): Org {
  const dept = rng.pick(DEPT_TYPES);
  const district = rng.pick(DISTRICT_A) + rng.pick(DISTRICT_B) + '区';
  let city: string;
  let prefix: string;
  let area = '本区';
  if (region === 'beijing') {
    city = '北京市';
    prefix = city + district;
  } else if (region === 'shanghai') {
    city = '上海市';
    prefix = city + district;
  } else if (rng.chance(500)) {
    city = rng.pick(DISTRICT_A) + rng.pick(DISTRICT_B) + '市';
    prefix = city;
    area = '全市';
  } else {
    city = rng.pick(PROVINCES) + rng.pick(DISTRICT_A) + rng.pick(DISTRICT_B) + '市';
    prefix = city + district;
  }
  const isCity = prefix === city;
  const deptName = isCity && dept.name.startsWith('人民政府') ? dept.name : dept.name;
  const name = prefix + deptName;
  const short = (isCity ? '市' : '区') + dept.name.replace(/^人民政府/, '政府').replace('委员会', '委');
  return { region, city, district: isCity ? '' : district, dept, name, short, area, unitName: name + '（本级）' };
}
