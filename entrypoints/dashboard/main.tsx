import { DashboardApp } from '@/components/dashboard/dashboard-app';
import { mountSurface } from '@/components/mount-surface';
import '@/assets/dashboard.css';

mountSurface(<DashboardApp />);
